#!/usr/bin/python3
"""Makes the picture fixtures in src-renderer/core/pictures/fixtures/ the way phones and
cameras make such files: Pillow draws and encodes the pictures, ExifTool writes EXIF, GPS and
XMP as it does for camera files, ffmpeg makes the motion photo's video. Run once by hand
(Debian: python3-pil, libimage-exiftool-perl, ffmpeg); the files are committed and the tests
only read them. Each fixture carries the words "Jayden" and "Greenfield" and a GPS position
(51.5072 N, 0.1276 W) somewhere a careless cleaner would leave them.
"""
import io
import os
import struct
import subprocess
import sys
import tempfile

from PIL import Image, ImageDraw

HERE = os.path.join(os.path.dirname(__file__), '..', 'src-renderer', 'core', 'pictures', 'fixtures')
GPS = ['-GPSLatitude=51.5072', '-GPSLatitudeRef=N', '-GPSLongitude=0.1276', '-GPSLongitudeRef=W']
WHO = ['-Artist=Jayden Smith', '-ImageDescription=Greenfield Primary display']


def drawn(width, height, colour):
    image = Image.new('RGB', (width, height), colour)
    draw = ImageDraw.Draw(image)
    for step in range(0, width, 40):
        draw.rectangle([step, height // 3, step + 20, height // 3 + 40], fill=(255 - step % 255, 120, step % 255))
    draw.text((10, 10), 'Our class display', fill=(0, 0, 0))
    return image


def exiftool(path, *arguments):
    subprocess.run(['exiftool', '-q', '-overwrite_original', *arguments, path], check=True)


def jpeg_bytes(image, **options):
    out = io.BytesIO()
    image.save(out, 'JPEG', quality=85, **options)
    return out.getvalue()


def motion_photo():
    """A Google motion photo: a JPEG with EXIF (GPS) and XMP saying a video follows, then the MP4."""
    with tempfile.TemporaryDirectory() as folder:
        still = os.path.join(folder, 'still.jpg')
        video = os.path.join(folder, 'clip.mp4')
        with open(still, 'wb') as out:
            out.write(jpeg_bytes(drawn(640, 480, (230, 230, 250))))
        subprocess.run(['ffmpeg', '-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc=size=64x48:rate=10:duration=1', '-c:v', 'libx264', '-pix_fmt', 'yuv420p',
                        '-metadata', 'title=Jayden reading at Greenfield', '-metadata', 'location=+51.5072-000.1276/', '-movflags', 'use_metadata_tags', video], check=True)
        with open(video, 'rb') as source:
            clip = source.read()
        exiftool(still, *GPS, *WHO, '-Orientation#=6', '-XMP-GCamera:MotionPhoto=1', '-XMP-GCamera:MotionPhotoVersion=1',
                 '-XMP-GCamera:MicroVideo=1', f'-XMP-GCamera:MicroVideoOffset={len(clip)}')
        with open(still, 'rb') as source:
            image = source.read()
    with open(os.path.join(HERE, 'motion-photo.jpg'), 'wb') as out:
        out.write(image + clip)


def multi_picture():
    """A multi-picture (MPF) JPEG, as cameras write for 3D and depth: Pillow's MPO writer makes the
    index; the second picture gets its own EXIF with GPS from ExifTool, and the index its new size."""
    out = io.BytesIO()
    first, second = drawn(320, 240, (250, 240, 220)), drawn(320, 240, (200, 220, 250))
    first.save(out, 'MPO', save_all=True, append_images=[second], quality=85)
    mpo = out.getvalue()
    start = mpo.index(b'MPF\0') + 4
    little = mpo[start:start + 2] == b'II'
    order = '<' if little else '>'
    ifd = start + struct.unpack(order + 'I', mpo[start + 4:start + 8])[0]
    count = struct.unpack(order + 'H', mpo[ifd:ifd + 2])[0]
    entries_at = None
    for index in range(count):
        tag, _kind, _n, value = struct.unpack(order + 'HHII', mpo[ifd + 2 + 12 * index: ifd + 14 + 12 * index])
        if tag == 0xB002:
            entries_at = start + value
    second_size_at = entries_at + 16 + 4
    second_size, second_offset = struct.unpack(order + 'II', mpo[second_size_at:second_size_at + 8])
    second_at = start + second_offset
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, 'second.jpg')
        with open(path, 'wb') as part:
            part.write(mpo[second_at:second_at + second_size])
        exiftool(path, *GPS, *WHO)
        with open(path, 'rb') as part:
            tagged = part.read()
    result = bytearray(mpo[:second_at] + tagged)
    result[second_size_at:second_size_at + 4] = struct.pack(order + 'I', len(tagged))
    with open(os.path.join(HERE, 'multi-picture.jpg'), 'wb') as out:
        out.write(bytes(result))


def png_with_exif():
    """A PNG with an eXIf chunk (ExifTool writes EXIF in PNG that way), text and XMP."""
    path = os.path.join(HERE, 'screenshot-with-exif.png')
    drawn(200, 120, (255, 255, 255)).save(path, 'PNG')
    exiftool(path, *GPS, *WHO, '-PNG:Comment=Jayden Smith, Greenfield', '-XMP-dc:Creator=Jayden Smith')


def gif_with_comment():
    path = os.path.join(HERE, 'chart-with-comment.gif')
    drawn(160, 100, (255, 255, 255)).convert('P').save(path, 'GIF')
    exiftool(path, '-Comment=Jayden Smith, Greenfield', '-XMP-dc:Creator=Jayden Smith', '-XMP-dc:Description=Greenfield Primary')


def webp_with_exif():
    path = os.path.join(HERE, 'photo-with-exif.webp')
    drawn(160, 120, (240, 250, 240)).save(path, 'WEBP', quality=80)
    exiftool(path, *GPS, *WHO, '-XMP-dc:Creator=Jayden Smith')


def heic_from_phone():
    """An iPhone-like HEIC: HEVC-coded by libheif's heif-enc (Debian: libheif-examples, with
    x265), carrying the JPEG's EXIF with GPS and a name, and a thumbnail as a second image. A red
    block marks the top left, so a picture turned the wrong way shows it."""
    path = os.path.join(HERE, 'iphone-photo.heic')
    with tempfile.TemporaryDirectory() as folder:
        still = os.path.join(folder, 'still.jpg')
        image = drawn(640, 480, (230, 235, 245))
        ImageDraw.Draw(image).rectangle([0, 0, 80, 60], fill=(220, 30, 30))
        image.save(still, quality=90)
        exiftool(still, *GPS, *WHO, '-Make=Apple', '-Model=iPhone 13')
        subprocess.run(['heif-enc', '-q', '50', '-t', '160', '-o', path, still], check=True, capture_output=True)


if __name__ == '__main__':
    for make in (motion_photo, multi_picture, png_with_exif, gif_with_comment, webp_with_exif, heic_from_phone):
        make()
        print('made', make.__name__, file=sys.stderr)
