"""Scans made in the test: a form printed to PDF (reportlab, 9-pt type as a form is printed),
rasterised at 200 dpi (PDFium), and the same page as a tired scanner gives it back (turned a
little, grey, speckled, JPEG-compressed).  Nothing is checked in: every image has a known
answer because it is rendered from the rows the answer is made of."""

from __future__ import annotations

import io
import random
from collections.abc import Sequence

from tests.parsers.forms.builders import cyrillic_font

DPI = 200


def printed_form(rows: Sequence[Sequence[str]], *, before: Sequence[str] = (),
                 after: Sequence[str] = (), ruled: bool = True, size: float = 9) -> bytes:
    """The form as a landscape A4 PDF, in `size`-point type."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = cyrillic_font()
    if font is None:
        raise RuntimeError("no TrueType font with Cyrillic letters (install fonts-dejavu-core)")
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(font)))
    cell = ParagraphStyle("cell", fontName="DejaVuSans", fontSize=size, leading=size * 1.25)
    text = ParagraphStyle("text", fontName="DejaVuSans", fontSize=size + 1,
                          leading=(size + 1) * 1.3)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=36, rightMargin=36,
                            topMargin=36, bottomMargin=36)
    width = max(len(r) for r in rows)
    widths = [28, 80, 100, 100, 100, 100, 112, 150] if width == 8 else \
        [770 / width] * width
    table = Table([[Paragraph(c, cell) for c in row] for row in rows], colWidths=widths)
    if ruled:
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.7, "black"),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [Paragraph(x, text) for x in before] + [Spacer(1, 8), table, Spacer(1, 10)]
    doc.build(story + [Paragraph(x, text) for x in after])
    return out.getvalue()


def pages(pdf: bytes, dpi: int = DPI) -> list:
    """The PDF's pages as greyscale PIL images."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return [page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
                for page in document]
    finally:
        document.close()


def degraded(page, *, angle: float = 1.5, noise: float = 0.02, seed: int = 7):
    """The page as a worn scanner returns it: turned `angle` degrees, grey paper, speckle
    (`noise` of the pixels), blurred a little, through JPEG at quality 60."""
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    img = page.convert("L").rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    img = img.point(lambda v: 40 + v * 185 // 255)  # grey paper, grey ink
    pixels = img.load()
    w, h = img.size
    for _ in range(int(w * h * noise)):
        x, y = rng.randrange(w), rng.randrange(h)
        pixels[x, y] = rng.choice((0, 255))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=60)
    return Image.open(io.BytesIO(out.getvalue())).convert("L")


def encoded(images: Sequence, fmt: str) -> bytes:
    """Images as one file: PNG or JPEG (the first page), TIFF (every page)."""
    from PIL import Image

    out = io.BytesIO()
    # plain copies: Pillow's TIFF writer trips over what an image carries from its decoder
    first, *rest = [Image.frombytes("L", i.size, i.convert("L").tobytes()) for i in images]
    if fmt == "tiff":
        first.save(out, "TIFF", save_all=True, append_images=list(rest),
                   compression="tiff_lzw")
    elif fmt == "jpeg":
        first.save(out, "JPEG", quality=85, dpi=(DPI, DPI))
    else:
        first.save(out, "PNG", dpi=(DPI, DPI))
    return out.getvalue()


def image_only_pdf(images: Sequence) -> bytes:
    """A PDF of page images and no text layer, as a scanner writes it."""
    out = io.BytesIO()
    first, *rest = [i.convert("RGB") for i in images]
    first.save(out, "PDF", save_all=True, append_images=rest, resolution=DPI)
    return out.getvalue()


FAX_DPI = (204, 196)  # a fax's fine mode: 204 dots a line across, 196 lines an inch


def faxed(pdf: bytes, *, compression: str = "group4", angle: float = 0.8,
          noise: float = 0.002, seed: int = 11) -> bytes:
    """The form as a fax machine sends it: scanned at 204×196 dpi, turned a little, cut to
    black and white at a fixed threshold, a few dropped and stray dots, as a 1-bit TIFF with
    CCITT Group 3 or Group 4 compression."""
    from PIL import Image

    rng = random.Random(seed)
    [page] = pages(pdf, FAX_DPI[0])
    w, h = page.size
    page = page.resize((w, round(h * FAX_DPI[1] / FAX_DPI[0])), Image.LANCZOS)
    page = page.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    pixels = page.load()
    w, h = page.size
    for _ in range(int(w * h * noise)):
        x, y = rng.randrange(w), rng.randrange(h)
        pixels[x, y] = rng.choice((0, 255))
    bw = page.point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.NONE)
    out = io.BytesIO()
    bw.save(out, "TIFF", compression=compression, dpi=FAX_DPI)
    return out.getvalue()


def photographed(page, *, seed: int = 5, tilt: float = 0.03):
    """The page as a phone photographs it on a desk: the sheet on a darker desk, seen a little
    from the side (its corners moved by up to `tilt` of its size), lit unevenly (a third
    darker on one side, a soft bright spot), camera noise, saved as a colour JPEG."""
    import cv2
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(seed)
    sheet = np.asarray(page.convert("L"), dtype=np.float32)
    h, w = sheet.shape
    margin = int(0.06 * max(w, h))
    canvas_w, canvas_h = w + 2 * margin, h + 2 * margin
    corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    moved = (corners + margin + rng.uniform(-tilt, tilt, (4, 2)) * [w, h]).astype(np.float32)
    matrix = cv2.getPerspectiveTransform(corners, moved)
    desk = np.full((canvas_h, canvas_w), 90, np.float32)
    warped = cv2.warpPerspective(sheet, matrix, (canvas_w, canvas_h), flags=cv2.INTER_LINEAR,
                                 borderMode=cv2.BORDER_CONSTANT, borderValue=-1)
    img = np.where(warped < 0, desk, warped)
    yy, xx = np.mgrid[0:canvas_h, 0:canvas_w].astype(np.float32)
    light = 0.65 + 0.35 * xx / canvas_w  # darker on the left
    spot = np.exp(-(((xx - 0.7 * canvas_w) / (0.3 * canvas_w)) ** 2
                    + ((yy - 0.3 * canvas_h) / (0.3 * canvas_h)) ** 2))
    img = img * light * (1 + 0.15 * spot) + rng.normal(0, 5, img.shape)
    img = cv2.GaussianBlur(np.clip(img, 0, 255).astype(np.uint8), (0, 0), 0.7)
    rgb = np.stack([img, (img * 0.97).astype(np.uint8), (img * 0.9).astype(np.uint8)], -1)
    out = io.BytesIO()
    Image.fromarray(rgb, "RGB").save(out, "JPEG", quality=80)
    return out.getvalue()
