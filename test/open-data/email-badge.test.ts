// The PNG badges for e-mail, in a real browser: the browser's own decoder reads
// them (size, not blank, two members differ where their names are), and the
// e-mail snippet, pasted into a page as the builder gives it, shows the PNG with
// its alt text and links to the member's page (the programme page while the
// data names no site address).
import { expect, fixture } from '@open-wc/testing';

const DATA = '/dist/data/';

interface Member {
  code: string;
  name: string;
}
interface MembersFile {
  meta: { programme: { url: string }; site?: string };
  members: Member[];
}

const members: MembersFile = await (await fetch(`${DATA}members.json`)).json();
const member = (code: string) => members.members.find((m) => m.code === code)!;

/** A badge file decoded by the browser: its size and its RGBA pixels. */
async function decode(path: string) {
  const response = await fetch(`${DATA}${path}`);
  expect(response.headers.get('content-type')).to.match(/^image\/png/);
  const bitmap = await createImageBitmap(await response.blob());
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return {
    width: bitmap.width,
    height: bitmap.height,
    rows: (top: number, bottom: number) =>
      context.getImageData(0, top, bitmap.width, bottom - top).data,
  };
}

const svgSize = async (path: string) => {
  const svg = await (await fetch(`${DATA}${path}`)).text();
  const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!;
  return { width: Number(width), height: Number(height) };
};

/** Pixels darker than the light surface (text, mark, border). */
function inked(rgba: Uint8ClampedArray) {
  let count = 0;
  for (let i = 0; i < rgba.length; i += 4) if (rgba[i] + rgba[i + 1] + rgba[i + 2] < 600) count++;
  return count;
}

describe('PNG badges for e-mail', () => {
  for (const [lang, folder] of [
    ['fr', 'badges/'],
    ['en', 'badges/en/'],
  ]) {
    it(`decode at 1× and 2× the SVG's size, not blank (${lang})`, async () => {
      const size = await svgSize(`${folder}69123.svg`);
      for (const [suffix, zoom] of [
        ['', 1],
        ['@2x', 2],
      ] as const) {
        const png = await decode(`${folder}69123${suffix}.png`);
        expect([png.width, png.height]).to.deep.equal([size.width * zoom, size.height * zoom]);
        expect(inked(png.rows(0, png.height))).to.be.above(png.width * png.height * 0.05);
      }
    });
  }

  it('two members’ badges differ where their names are (y 28–48), not in the title line', async () => {
    const [lyon, agde] = await Promise.all([
      decode('badges/69123.png'),
      decode('badges/34003.png'),
    ]);
    const same = (top: number, bottom: number) =>
      lyon.rows(top, bottom).every((value, i) => value === agde.rows(top, bottom)[i]);
    expect(same(28, 48), 'the name line').to.equal(false);
    expect(same(10, 27), 'the title line').to.equal(true);
  });
});

/** The e-mail snippet as the builder gives it: the 2× file drawn at the 1× size. */
function emailSnippet(code: string, href: string, width: number, height: number) {
  const alt = `Badge Ville amie des enfants (UNICEF France) de la collectivité : ${member(code).name}`;
  return `<a href="${href}"><img src="${DATA}badges/${code}@2x.png" width="${width}" height="${height}" alt="${alt}"></a>`;
}

/** Where the badge links: the member's page on the site, else the programme page. */
const memberPage = (code: string, site = members.meta.site) =>
  site
    ? new URL(`membres/${code}/`, site.endsWith('/') ? site : `${site}/`).href
    : members.meta.programme.url;

describe('the e-mail snippet, pasted into a page', () => {
  it('shows the PNG with its alt text and links to the programme page (no site address)', async () => {
    const { width, height } = await svgSize('badges/69123.svg');
    const href = memberPage('69123');
    expect(href).to.equal(members.meta.programme.url);
    const container = await fixture<HTMLDivElement>(
      `<div>${emailSnippet('69123', href, width, height)}</div>`,
    );
    const img = container.querySelector('img')!;
    if (!img.complete)
      await new Promise((resolve) => {
        img.addEventListener('load', resolve, { once: true });
        img.addEventListener('error', resolve, { once: true }); // then naturalWidth is 0
      });
    expect(img.naturalWidth, 'the 2× file').to.equal(2 * width);
    expect([img.width, img.height], 'drawn at the 1× size').to.deep.equal([width, height]);
    expect(img.alt).to.equal(
      'Badge Ville amie des enfants (UNICEF France) de la collectivité : Lyon',
    );
    const link = container.querySelector('a')!;
    expect(link.href).to.equal(members.meta.programme.url);
    await expect(container).to.be.accessible();
  });

  it('links to the member page when the data names a site address', async () => {
    const href = memberPage('69123', 'https://reseau.example.org/vae');
    const container = await fixture<HTMLDivElement>(
      `<div>${emailSnippet('69123', href, 300, 88)}</div>`,
    );
    expect(container.querySelector('a')!.href).to.equal(
      'https://reseau.example.org/vae/membres/69123/',
    );
  });
});
