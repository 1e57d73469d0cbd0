#!/usr/bin/python3
"""Makes photos the size and shape a phone takes them, for tests and benchmarks of pictures:
4032 x 3024 (12 MP) JPEGs of coloured shapes, as a classroom display is, under the sensor noise
a phone's camera leaves, so they compress as real photos do (about 5.7 MB each at quality 95),
with EXIF as a phone writes it: the camera's make and model, and the orientation the phone was
held at. Pillow (Debian: python3-pil) draws and encodes them with libjpeg, as cameras do.

    make-phone-photos.py FOLDER COUNT [WIDTH HEIGHT ORIENTATION]

Prints the path of each photo made, one a line.
"""
import os
import random
import sys

from PIL import Image, ImageDraw

folder, count = sys.argv[1], int(sys.argv[2])
width, height, orientation = (int(value) for value in (sys.argv[3:6] if len(sys.argv) > 5 else (4032, 3024, 1)))

for number in range(count):
    rng = random.Random(number)
    # Shapes drawn small and scaled up: soft edges and gradients, as a lens gives them.
    base = Image.new('RGB', (width // 8, height // 8), (rng.randrange(150, 255),) * 3)
    draw = ImageDraw.Draw(base)
    for _ in range(80):
        x, y = rng.randrange(width // 8), rng.randrange(height // 8)
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.rectangle([x, y, x + rng.randrange(8, 120), y + rng.randrange(8, 90)], fill=colour)
    photo = base.resize((width, height), Image.BICUBIC)
    noise = Image.effect_noise((width, height), 40 + number % 5).convert('RGB')
    photo = Image.blend(photo, noise, 0.22)
    exif = photo.getexif()
    exif[0x010F] = 'Apple'
    exif[0x0110] = 'iPhone 13'
    exif[0x0112] = orientation
    path = os.path.join(folder, f'IMG_{2041 + number}.jpg')
    photo.save(path, quality=95, exif=exif.tobytes())
    print(path, flush=True)
