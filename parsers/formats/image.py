"""Pages as clean black-on-white images for OCR: decoded (PNG, JPEG, multi-page TIFF) or
rasterised (a PDF without a text layer, by PDFium), then deskewed and binarised (OpenCV).

Why each step: a page fed through a scanner is turned a degree or two, and Tesseract reads a
tilted line as several, splitting cells; the grey background, speckle and JPEG noise of a scan
become stray letters unless the page is reduced to ink and paper first.  The skew is measured
on the page's long straight strokes (ruling lines and text lines): the angle at which the rows'
ink profile is sharpest.  Ruling lines are found by morphology, kept as positions (the table's
grid) and erased before OCR (Tesseract reads a vertical rule as `|`, `l` or `1`).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from parsers.registry import DocumentRejected

DPI = 200  # enough for 9-pt text; more only costs time
MAX_PIXELS = 60_000_000  # a page of A3 at 400 dpi; larger is a decompression bomb
PAPER = 15  # pixels of the quarter-size copy: wider than a letter, so only paper is left
EVEN = 24  # the paper's brightness varies less than this across the page (of 255): even light
DESK = 40  # a desk is this much darker than the sheet on it (of 255)
A4_INCHES = 11.69  # an A4 page's long side
MAX_SKEW = 6.0  # degrees: a page turned further is a photo we do not straighten
SKEW_PIXELS = 1000  # the long side of the copy the skew is measured on


@dataclass
class Grid:
    """A ruled table on a page: its box and the positions of its rules (pixels)."""

    left: int
    top: int
    right: int
    bottom: int
    rows: list[int]  # y of the horizontal rules, top to bottom
    columns: list[int]  # x of the vertical rules, left to right


@dataclass
class Page:
    """One page ready for OCR (rules erased), and the ruled tables found on it."""

    image: Any  # a numpy uint8 array, 0 ink, 255 paper
    grids: list[Grid] = field(default_factory=list)
    skew: float = 0.0
    dpi: int = DPI  # as it would be for an A4 page this size (Tesseract sizes its filters by it)


PAGE_PIXELS = (400, 600)  # short and long side: anything smaller is a logo or an icon


def looks_like_a_page(data: bytes) -> bool:
    """True when the image could be a scan or a photo of a page (big enough, readable); a
    message's logos, icons and broken pictures are not (read from the header only)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            short, long = sorted(img.size)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        return False
    return short >= PAGE_PIXELS[0] and long >= PAGE_PIXELS[1]


def decode(data: bytes, max_pages: int) -> list[Any]:
    """The pages of an image file as greyscale numpy arrays (every frame of a TIFF)."""
    import numpy as np
    from PIL import Image, ImageSequence, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        img = Image.open(io.BytesIO(data))
        pages = []
        for n, frame in enumerate(ImageSequence.Iterator(img)):
            if n >= max_pages:
                raise DocumentRejected("too_many_pages", f"more than {max_pages} pages, over "
                                       "the limit")
            pages.append(np.asarray(_square(frame).convert("L")))
    except Image.DecompressionBombError:
        raise DocumentRejected("too_large", f"the image has more than {MAX_PIXELS:,} "
                               "pixels") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise DocumentRejected("corrupt", f"not a readable image: {exc}") from None
    if not pages:
        raise DocumentRejected("corrupt", "the image has no pages")
    return pages


def _square(frame: Any) -> Any:
    """The image with square pixels: a fax is scanned at 204×196 dpi (fine) or 204×98
    (standard), so its letters are taller or squatter than printed unless rescaled."""
    from PIL import Image

    dpi = frame.info.get("dpi")
    try:
        across, down = (float(v) for v in dpi)
    except (TypeError, ValueError):
        return frame
    if across <= 0 or down <= 0 or abs(across / down - 1) < 0.02:
        return frame
    w, h = frame.size
    return frame.convert("L").resize((w, round(h * across / down)), Image.Resampling.LANCZOS)


def without(pixels: Any, grids: list[Grid]) -> Any:
    """The page with its ruled tables painted white (their cells are read on their own)."""
    out = pixels.copy()
    for g in grids:
        out[g.top:g.bottom, g.left:g.right] = 255
    return out


def rasterise(data: bytes, max_pages: int, dpi: int = DPI) -> list[Any]:
    """The pages of a PDF as greyscale numpy arrays at `dpi`."""
    import numpy as np
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise DocumentRejected("corrupt", f"not a readable PDF: {exc}") from None
    try:
        if len(pdf) > max_pages:
            raise DocumentRejected("too_many_pages", f"{len(pdf)} pages, over the limit of "
                                   f"{max_pages}")
        pages = []
        for page in pdf:
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            pages.append(np.array(bitmap.to_pil().convert("L")))
        return pages
    finally:
        pdf.close()


def _flat(gray: Any) -> Any:
    """The page under even light: each pixel divided by the paper's brightness around it (the
    page with its ink taken out by a maximum filter, on a copy a quarter the size), so a
    photo's shadow or a scanner's darker edge does not turn into ink at one threshold.  A page
    already evenly lit (a scan, a fax) is left as it is."""
    import cv2
    import numpy as np

    h, w = gray.shape
    small = cv2.resize(gray, (max(w // 4, 1), max(h // 4, 1)), interpolation=cv2.INTER_AREA)
    paper = cv2.dilate(small, cv2.getStructuringElement(cv2.MORPH_RECT, (PAPER, PAPER)))
    paper = cv2.blur(paper, (PAPER, PAPER))
    low, high = np.percentile(paper, (2, 98))
    if high - low < EVEN:
        return gray
    paper = cv2.resize(paper, (w, h), interpolation=cv2.INTER_LINEAR)
    return cv2.divide(gray, np.maximum(paper, 1), scale=255)


def _binary(gray: Any) -> Any:
    """Ink 0, paper 255 (of a page whose light is even): a light blur against speckle, then
    Otsu's threshold."""
    import cv2

    blurred = cv2.medianBlur(gray, 3)
    _, bw = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return bw


def _corners(points: Any) -> Any:
    """Four points ordered top-left, top-right, bottom-right, bottom-left."""
    import numpy as np

    pts = points.reshape(4, 2).astype("float32")
    s, d = pts.sum(axis=1), np.diff(pts, axis=1).ravel()
    return np.array([pts[s.argmin()], pts[d.argmin()], pts[s.argmax()], pts[d.argmax()]],
                    dtype=np.float32)


def _unwarped(gray: Any) -> Any:
    """A photo of a sheet on a darker desk, the sheet cut out and seen square on (its four
    corners found on a small copy, the perspective undone); any other page as it is."""
    import cv2
    import numpy as np

    h, w = gray.shape
    scale = 800 / max(h, w)
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (5, 5), 0)
    _, light = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    light = cv2.morphologyEx(light, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    contours, _ = cv2.findContours(light, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return gray
    sheet = cv2.convexHull(max(contours, key=cv2.contourArea))
    area = cv2.contourArea(sheet)
    if area < 0.3 * small.size or area > 0.97 * small.size:
        return gray  # no sheet, or the sheet fills the picture (a scan)
    quad = cv2.approxPolyDP(sheet, 0.02 * cv2.arcLength(sheet, True), True)
    if len(quad) != 4:
        return gray
    inside = np.zeros_like(small)
    cv2.fillConvexPoly(inside, quad, 255)
    if float(small[inside == 0].mean()) > float(small[inside > 0].mean()) - DESK:
        return gray  # what is outside is as light as the sheet: paper, not a desk
    tl, tr, br, bl = corners = _corners(quad) / scale
    width = int(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
    height = int(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    target = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(corners, target)
    return cv2.warpPerspective(gray, matrix, (width, height), flags=cv2.INTER_CUBIC,
                               borderMode=cv2.BORDER_REPLICATE)


def _skew(bw: Any) -> float:
    """The page's tilt in degrees: the angle whose rotation makes the row profile of the ink
    sharpest (text lines and rules horizontal), searched coarse on a copy SKEW_PIXELS / 2 on
    its long side, then fine on one SKEW_PIXELS long (a third of the page's preparation went
    to searching coarse on the larger copy)."""
    import cv2
    import numpy as np

    ink = 255 - bw

    def copy(size: int) -> Any:
        scale = size / max(ink.shape)
        return cv2.resize(ink, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) \
            if scale < 1 else ink

    def sharpness(small: Any, angle: float) -> float:
        h, w = small.shape
        m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        turned = cv2.warpAffine(small, m, (w, h), flags=cv2.INTER_NEAREST)
        profile = turned.sum(axis=1, dtype=np.float64)
        return float(np.square(np.diff(profile)).sum())

    coarse, fine = copy(SKEW_PIXELS // 2), copy(SKEW_PIXELS)
    best = max(np.arange(-MAX_SKEW, MAX_SKEW + 0.01, 0.5), key=lambda a: sharpness(coarse, a))
    best = max(np.arange(best - 0.5, best + 0.51, 0.1), key=lambda a: sharpness(fine, a))
    return float(round(best, 2))


def _rotate(gray: Any, angle: float) -> Any:
    import cv2

    h, w = gray.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(gray, m, (w, h), flags=cv2.INTER_CUBIC,
                          borderMode=cv2.BORDER_CONSTANT, borderValue=255)


def _positions(mask: Any, axis: int, min_len: int) -> list[int]:
    """Centres of the runs of rule pixels along `axis` (0: horizontal rules' y)."""
    import numpy as np

    profile = (mask > 0).sum(axis=1 - axis)
    hits = np.flatnonzero(profile >= min_len)
    out: list[int] = []
    if not len(hits):
        return out
    start = prev = int(hits[0])
    for x in map(int, hits[1:]):
        if x - prev > 2:
            out.append((start + prev) // 2)
            start = x
        prev = x
    out.append((start + prev) // 2)
    return out


GRID_SCALE = 4


def _grids(horizontal: Any, vertical: Any) -> list[Grid]:
    """Each ruled table: a connected set of rules with at least two rules each way."""
    import cv2

    # the tables' extents found on a copy GRID_SCALE times smaller each way (a block with any
    # rule in it counts, so rules a few pixels apart stay joined, as the 5x5 dilation joined
    # them at full size; a third of the page's preparation went to this at full size), then
    # each table's rules read at full size
    full_h, full_w = horizontal.shape
    small = cv2.resize(cv2.bitwise_or(horizontal, vertical),
                       (-(-full_w // GRID_SCALE), -(-full_h // GRID_SCALE)),
                       interpolation=cv2.INTER_AREA)
    count, _, stats, _ = cv2.connectedComponentsWithStats((small > 0).astype("uint8"),
                                                          connectivity=8)
    grids = []
    for k in range(1, count):
        sx, sy, sw, sh = (int(v) for v in stats[k][:4])
        x, y = max(sx * GRID_SCALE - 2, 0), max(sy * GRID_SCALE - 2, 0)
        w = min((sx + sw) * GRID_SCALE + 2, full_w) - x
        h = min((sy + sh) * GRID_SCALE + 2, full_h) - y
        if w < 100 or h < 40:
            continue
        rows = _positions(horizontal[y:y + h, x:x + w], 0, w // 3)
        columns = _positions(vertical[y:y + h, x:x + w], 1, min(h // 3, 400))
        if len(rows) >= 2 and len(columns) >= 2:
            grids.append(Grid(x, y, x + w, y + h, [y + r for r in rows],
                              [x + c for c in columns]))
    return sorted(grids, key=lambda g: (g.top, g.left))


def _rules(bw: Any) -> tuple[Any, list[Grid]]:
    """(the page's ruling lines as a mask, a pixel wider each side; the ruled tables' grids)."""
    import cv2

    ink = 255 - bw
    h, w = ink.shape
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN,
                                  cv2.getStructuringElement(cv2.MORPH_RECT, (max(w // 40, 25), 1)))
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN,
                                cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(h // 40, 25))))
    lines = cv2.dilate(cv2.bitwise_or(horizontal, vertical),
                       cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))
    return lines, _grids(horizontal, vertical)


def prepare(gray: Any) -> Page:
    """A greyscale page cut out of its photo, straightened, binarised and with its rules
    erased."""
    import cv2

    gray = _flat(_unwarped(gray))
    bw = _binary(gray)
    angle = _skew(bw)
    if abs(angle) >= 0.1:
        bw = _binary(_rotate(gray, angle))
    lines, grids = _rules(bw)
    dpi = round(max(bw.shape) / A4_INCHES)
    return Page(image=cv2.bitwise_or(bw, lines), grids=grids, skew=angle, dpi=dpi)
