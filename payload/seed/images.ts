import sharp from 'sharp'

import type { SeedImage } from './content/types'

const WIDTH = 1600
const HEIGHT = 900

function motif(kind: SeedImage['motif'], hue: number): string {
  const stroke = `hsl(${hue} 70% 82% / 0.55)`
  const fill = `hsl(${(hue + 30) % 360} 60% 70% / 0.35)`
  switch (kind) {
    case 'waves':
      return Array.from({ length: 9 }, (_, i) => {
        const y = 120 + i * 85
        return `<path d="M0 ${y} C 400 ${y - 90}, 800 ${y + 90}, 1600 ${y - 20}" fill="none" stroke="${stroke}" stroke-width="${6 + i}"/>`
      }).join('')
    case 'grid':
      return Array.from({ length: 24 }, (_, i) => {
        const x = (i % 8) * 200 + 40
        const y = Math.floor(i / 8) * 280 + 60
        const size = 60 + ((i * 37) % 90)
        return `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="12" fill="${fill}"/>`
      }).join('')
    case 'circles':
      return Array.from(
        { length: 7 },
        (_, i) =>
          `<circle cx="${300 + i * 170}" cy="${450 + (i % 2 ? 120 : -120)}" r="${90 + i * 25}" fill="none" stroke="${stroke}" stroke-width="10"/>`,
      ).join('')
    case 'bars':
      return Array.from({ length: 14 }, (_, i) => {
        const h = 150 + ((i * 97) % 520)
        return `<rect x="${80 + i * 105}" y="${HEIGHT - 80 - h}" width="64" height="${h}" rx="8" fill="${fill}"/>`
      }).join('')
    case 'diagonal':
      return Array.from(
        { length: 16 },
        (_, i) =>
          `<line x1="${i * 140 - 400}" y1="0" x2="${i * 140 + 300}" y2="${HEIGHT}" stroke="${stroke}" stroke-width="${4 + (i % 4) * 6}"/>`,
      ).join('')
  }
}

/** An abstract hero illustration drawn locally (no downloads), as a JPEG. */
export async function heroImage(image: Pick<SeedImage, 'hue' | 'motif'>): Promise<Buffer> {
  const { hue } = image
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue} 55% 28%)"/>
      <stop offset="1" stop-color="hsl(${(hue + 40) % 360} 50% 42%)"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${motif(image.motif, hue)}</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 84 }).toBuffer()
}

/** A square portrait placeholder: initials on a coloured disc. */
export async function portrait(initials: string, hue: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="480">
    <rect width="100%" height="100%" fill="hsl(${hue} 35% 88%)"/>
    <circle cx="240" cy="240" r="200" fill="hsl(${hue} 45% 38%)"/>
    <text x="240" y="240" dy="0.35em" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif"
      font-size="150" font-weight="700" fill="#fff">${initials}</text></svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 86 }).toBuffer()
}
