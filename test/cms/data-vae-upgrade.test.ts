import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { startDataVaeUpgrades, upgradeDiv } from '../../src/cms/data-vae-upgrade.js';

describe('CMS kit: data-vae divs become elements', () => {
  it('upgrades a div with its attributes and keeps its content as fallback', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div data-vae="city-badge" data-city="69123" data-variant="compact" lang="en" id="b">
          <a href="https://example.org">Lyon</a>
        </div>
      </div>`,
    );
    const element = upgradeDiv(wrapper.querySelector('div[data-vae]')!)!;
    expect(element.localName).to.equal('vae-city-badge');
    expect(element.getAttribute('city')).to.equal('69123');
    expect(element.getAttribute('variant')).to.equal('compact');
    expect(element.lang).to.equal('en');
    expect(element.id).to.equal('b');
    expect(element.querySelector('a')?.textContent).to.equal('Lyon');
    expect(wrapper.querySelector('div[data-vae]')).to.equal(null);
  });

  it('never turns data attributes into event handlers or styles', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div
          data-vae="city-badge"
          data-onclick="alert(1)"
          data-ONerror="x"
          data-style="color:red"
          data-city="69123"
        ></div>
      </div>`,
    );
    const element = upgradeDiv(wrapper.querySelector('div[data-vae]')!)!;
    expect(element.getAttributeNames()).to.deep.equal(['city']);
  });

  it('refuses names that are not ours', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div data-vae="script"></div>
        <div data-vae="../../x"></div>
      </div>`,
    );
    for (const div of wrapper.querySelectorAll<HTMLElement>('div[data-vae]')) {
      expect(upgradeDiv(div)).to.equal(null);
    }
    expect(wrapper.querySelectorAll('div[data-vae]')).to.have.length(2);
  });

  it('upgrades divs inserted later, without a re-init call', async () => {
    startDataVaeUpgrades();
    startDataVaeUpgrades(); // twice is harmless
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const later = document.createElement('section');
    const div = Object.assign(document.createElement('div'), { textContent: '13' });
    div.dataset.vae = 'member-count';
    div.dataset.kind = 'epci';
    later.append(div);
    wrapper.append(later);
    await waitUntil(() => wrapper.querySelector('vae-member-count'), 'not upgraded');
    const element = wrapper.querySelector('vae-member-count')!;
    expect(element.getAttribute('kind')).to.equal('epci');
    expect(element.textContent).to.equal('13');
  });
});
