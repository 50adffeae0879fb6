"""Documents carrying active content, made from scratch for the tests: each would act if an
office program let it -- a macro writing a marker file, a link fetching from a local HTTP
server, a field including a local file.  `marker`, `url` and `secret` are the test's own."""

from __future__ import annotations

import io
import zipfile

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink" '
          'xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0" '
          'xmlns:ooo="http://openoffice.org/2004/office" '
          'xmlns:dom="http://www.w3.org/2001/xml-events" office:version="1.3"')
MIME = {"odt": "application/vnd.oasis.opendocument.text",
        "ods": "application/vnd.oasis.opendocument.spreadsheet"}


def _basic(marker: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE script:module PUBLIC '
            '"-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n'
            '<script:module xmlns:script="http://openoffice.org/2000/script" '
            'script:name="Module1" script:language="StarBasic">'
            "Sub Main\n  Dim n As Integer\n  n = FreeFile\n"
            f"  Open &quot;{marker}&quot; For Output As #n\n"
            "  Print #n, &quot;macro ran&quot;\n  Close #n\nEnd Sub\n</script:module>")


def _zip(files: dict[str, str | bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, body in files.items():
            method = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zf.writestr(zipfile.ZipInfo(name), body, compress_type=method)
    return out.getvalue()


def odf(kind: str, body: str, *, marker: str | None = None) -> bytes:
    """An OpenDocument text or spreadsheet; with `marker`, a Basic macro bound to the
    document's load event that writes that file."""
    events = ""
    files: dict[str, str | bytes] = {"mimetype": MIME[kind]}
    entries = ['<manifest:file-entry manifest:full-path="/" '
               f'manifest:media-type="{MIME[kind]}"/>',
               '<manifest:file-entry manifest:full-path="content.xml" '
               'manifest:media-type="text/xml"/>']
    if marker:
        events = ('<office:event-listeners><script:event-listener script:language="ooo:script" '
                  'script:event-name="dom:load" xlink:href="vnd.sun.star.script:Standard.Module1'
                  '.Main?language=Basic&amp;location=document" xlink:type="simple"/>'
                  "</office:event-listeners>")
        files["Basic/script-lc.xml"] = (
            '<?xml version="1.0" encoding="UTF-8"?><library:libraries '
            'xmlns:library="http://openoffice.org/2000/library" '
            'xmlns:xlink="http://www.w3.org/1999/xlink"><library:library library:name="Standard" '
            'library:link="false"/></library:libraries>')
        files["Basic/Standard/script-lb.xml"] = (
            '<?xml version="1.0" encoding="UTF-8"?><library:library '
            'xmlns:library="http://openoffice.org/2000/library" library:name="Standard" '
            'library:readonly="false" library:passwordprotected="false">'
            '<library:element library:name="Module1"/></library:library>')
        files["Basic/Standard/Module1.xml"] = _basic(marker)
        for path in ("Basic/script-lc.xml", "Basic/Standard/script-lb.xml",
                     "Basic/Standard/Module1.xml"):
            entries.append(f'<manifest:file-entry manifest:full-path="{path}" '
                           'manifest:media-type="text/xml"/>')
    scripts = f"<office:scripts>{events}</office:scripts>" if events else ""
    tag = "office:text" if kind == "odt" else "office:spreadsheet"
    files["content.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content '
                            f"{ODF_NS}>{scripts}<office:body><{tag}>{body}</{tag}></office:body>"
                            "</office:document-content>")
    files["META-INF/manifest.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        f'manifest:version="1.3">{"".join(entries)}</manifest:manifest>')
    return _zip(files)


TEXT = "<text:p>Направляем сведения по услуге 00301138.</text:p>"
CELLS = ("<table:table table:name=\"Лист1\"><table:table-row><table:table-cell "
         "office:value-type=\"string\"><text:p>00301138</text:p></table:table-cell>"
         "</table:table-row></table:table>")


def odt_macro(marker: str) -> bytes:
    return odf("odt", TEXT, marker=marker)


def ods_macro(marker: str) -> bytes:
    return odf("ods", CELLS, marker=marker)


def odt_links(secret_path: str, url: str) -> bytes:
    """A section linked to a local file and an image from the web."""
    body = (TEXT + '<text:section text:name="Linked"><text:section-source '
            f'xlink:href="file://{secret_path}" xlink:type="simple"/>'
            "<text:p>old copy</text:p></text:section>"
            '<text:p><draw:frame draw:name="img" svg:width="2cm" svg:height="2cm" '
            f'text:anchor-type="as-char"><draw:image xlink:href="{url}/image.png" '
            'xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame></text:p>')
    return odf("odt", body)


def rtf_fields(secret_path: str, url: str) -> bytes:
    return ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n"
            "\\pard Письмо\\par\n"
            f"{{\\field{{\\*\\fldinst {{ INCLUDETEXT \"{secret_path}\" }}}}"
            "{\\fldrslt {old text}}}\\par\n"
            f"{{\\field{{\\*\\fldinst {{ INCLUDEPICTURE \"{url}/picture.png\" \\\\d }}}}"
            "{\\fldrslt {}}}\\par\n"
            "{\\field{\\*\\fldinst { DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "
            "\"/k calc.exe\" }}{\\fldrslt {dde}}}\\par\n}").encode("cp1251", "replace")


_CT = ('<?xml version="1.0" encoding="UTF-8"?><Types '
       'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
       'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
       '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
       '<Override PartName="{main}" ContentType="{ctype}"/></Types>')
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships '
              'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              f'<Relationship Id="rId1" Type="{_R}/officeDocument" Target="{{main}}"/>'
              "</Relationships>")


def docx_active(url: str) -> bytes:
    """A macro-enabled Word document (vbaProject), its template and an image on a web
    server, and a DDEAUTO field."""
    doc = ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.'
           'openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Письмо'
           '</w:t></w:r></w:p><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r>'
           '<w:instrText xml:space="preserve"> DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe '
           '"/k calc.exe" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
           "</w:p></w:body></w:document>")
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships '
            'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{_R}/vbaProject" Target="vbaProject.bin"/>'
            f'<Relationship Id="rId2" Type="{_R}/image" Target="{url}/logo.png" '
            'TargetMode="External"/>'
            f'<Relationship Id="rId3" Type="{_R}/hyperlink" Target="https://egov.kz/" '
            'TargetMode="External"/></Relationships>')
    settings_rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships '
                     'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     f'<Relationship Id="rId1" Type="{_R}/attachedTemplate" '
                     f'Target="{url}/template.dotm" TargetMode="External"/></Relationships>')
    ctype = "application/vnd.ms-word.document.macroEnabled.main+xml"
    return _zip({"[Content_Types].xml": _CT.replace("{main}", "/word/document.xml")
                 .replace("{ctype}", ctype),
                 "_rels/.rels": _ROOT_RELS.replace("{main}", "word/document.xml"),
                 "word/document.xml": doc, "word/_rels/document.xml.rels": rels,
                 "word/_rels/settings.xml.rels": settings_rels,
                 "word/vbaProject.bin": b"\xd0\xcf\x11\xe0 not a real project"})


def xlsx_active(url: str) -> bytes:
    """A macro-enabled workbook with a link to an external workbook on a web server."""
    book = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.'
            'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="1" '
            'sheetId="1" r:id="rId1"/></sheets></workbook>')
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
             'openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" '
             't="inlineStr"><is><t>00301138</t></is></c></row></sheetData></worksheet>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships '
            'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{_R}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{_R}/externalLink" '
            'Target="externalLinks/externalLink1.xml"/></Relationships>')
    ext_rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships '
                'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                f'<Relationship Id="rId1" Type="{_R}/externalLinkPath" '
                f'Target="{url}/other.xlsx" TargetMode="External"/></Relationships>')
    ext = ('<?xml version="1.0" encoding="UTF-8"?><externalLink xmlns="http://schemas.'
           'openxmlformats.org/spreadsheetml/2006/main"><externalBook xmlns:r="http://schemas.'
           'openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></externalLink>')
    ctype = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    return _zip({"[Content_Types].xml": _CT.replace("{main}", "/xl/workbook.xml")
                 .replace("{ctype}", ctype),
                 "_rels/.rels": _ROOT_RELS.replace("{main}", "xl/workbook.xml"),
                 "xl/workbook.xml": book, "xl/_rels/workbook.xml.rels": rels,
                 "xl/worksheets/sheet1.xml": sheet,
                 "xl/externalLinks/externalLink1.xml": ext,
                 "xl/externalLinks/_rels/externalLink1.xml.rels": ext_rels,
                 "xl/vbaProject.bin": b"\xd0\xcf\x11\xe0 not a real project"})


def pdf_actions(url: str) -> bytes:
    """A one-page PDF whose opening runs JavaScript, with a Launch action and a link to the
    web server."""
    objects = [
        "<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 7 0 R "
        "/Annots [5 0 R 6 0 R] /Resources << /Font << /F1 8 0 R >> >> >>",
        f"<< /Type /Action /S /JavaScript /JS (app.launchURL\\(\"{url}/js\"\\);) >>",
        "<< /Type /Annot /Subtype /Link /Rect [0 0 100 20] /A << /S /Launch "
        "/F (/usr/bin/touch) >> >>",
        f"<< /Type /Annot /Subtype /Link /Rect [0 30 100 50] /A << /S /URI /URI ({url}/uri) "
        ">> >>",
        None,  # the content stream
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    stream = b"BT /F1 12 Tf 20 100 Td (Letter 00301138) Tj ET"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        if body is None:
            out.write(f"{n} 0 obj\n<< /Length {len(stream)} >>\nstream\n".encode() + stream
                      + b"\nendstream\nendobj\n")
        else:
            out.write(f"{n} 0 obj\n{body}\nendobj\n".encode())
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()
