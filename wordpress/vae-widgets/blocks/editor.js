// The blocks' editor side, without a build step: each block's attributes come from its
// block.json (registered on the server); this draws a settings panel from their types
// and a preview rendered by the server (the same markup as on the page).
(function (wp, names) {
  const { registerBlockType, getBlockType } = wp.blocks;
  const { createElement: el, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;
  const { __ } = wp.i18n;

  const labels = {
    city: __('Town or intercommunality (INSEE code or SIREN, e.g. 69123)', 'vae-widgets'),
    variant: __('Variant', 'vae-widgets'),
    theme: __('Theme', 'vae-widgets'),
    target: __('Link opens in', 'vae-widgets'),
    currentOnly: __('Only while the mandate runs', 'vae-widgets'),
    lang: __('Language (empty: the page’s)', 'vae-widgets'),
    label: __('Field label', 'vae-widgets'),
    placeholder: __('Placeholder', 'vae-widgets'),
    department: __('Department (e.g. 69)', 'vae-widgets'),
    limit: __('Maximum number of items', 'vae-widgets'),
    href: __('Link template (e.g. https://example.org/towns/{code})', 'vae-widgets'),
    allCommunes: __('Answer for every French commune', 'vae-widgets'),
    category: __('Category', 'vae-widgets'),
    layout: __('Layout', 'vae-widgets'),
    headingLevel: __('Heading level (2–6; empty: follows the page)', 'vae-widgets'),
    region: __('Region code (e.g. 84)', 'vae-widgets'),
    kind: __('Kind of member', 'vae-widgets'),
    mandate: __('Mandate (e.g. 2020-2026)', 'vae-widgets'),
    noAnimation: __('No count-up animation', 'vae-widgets'),
    tag: __('Tag', 'vae-widgets'),
    view: __('View', 'vae-widgets'),
  };

  // The allowed values' labels in the lists (the value itself is what the block saves).
  const choices = {
    '': __('Default', 'vae-widgets'),
    full: __('Full', 'vae-widgets'),
    compact: __('Compact', 'vae-widgets'),
    seal: __('Seal', 'vae-widgets'),
    light: __('Light', 'vae-widgets'),
    dark: __('Dark', 'vae-widgets'),
    auto: __('Automatic (follows the visitor’s setting)', 'vae-widgets'),
    _self: __('The same tab', 'vae-widgets'),
    _blank: __('A new tab', 'vae-widgets'),
    fr: __('French', 'vae-widgets'),
    en: __('English', 'vae-widgets'),
    commune: __('Communes', 'vae-widgets'),
    epci: __('Intercommunalities', 'vae-widgets'),
    grid: __('Grid', 'vae-widgets'),
    list: __('List', 'vae-widgets'),
    map: __('Map', 'vae-widgets'),
    table: __('Table', 'vae-widgets'),
  };

  /** One control for one attribute, chosen from its declared type. */
  function control(key, definition, value, set) {
    const common = { key, label: labels[key] || key, __nextHasNoMarginBottom: true };
    if (definition.type === 'boolean') {
      return el(ToggleControl, { ...common, checked: !!value, onChange: set });
    }
    if (definition.enum) {
      const options = definition.enum.map((choice) => ({
        value: choice,
        label: choices[choice] || choice,
      }));
      return el(SelectControl, {
        ...common,
        value: value ?? definition.default,
        options,
        onChange: set,
      });
    }
    if (definition.type === 'integer') {
      return el(TextControl, {
        ...common,
        type: 'number',
        min: definition.minimum,
        max: definition.maximum,
        value: value ?? '',
        onChange: (text) => set(text === '' ? undefined : parseInt(text, 10)),
      });
    }
    return el(TextControl, { ...common, value: value ?? '', onChange: set });
  }

  function edit({ name, attributes, setAttributes }) {
    const declared = getBlockType(name).attributes;
    const own = Object.keys(declared).filter((key) => key in labels);
    return el(
      Fragment,
      null,
      el(
        InspectorControls,
        null,
        el(
          PanelBody,
          { title: __('Settings', 'vae-widgets') },
          own.map((key) =>
            control(key, declared[key], attributes[key], (value) =>
              setAttributes({ [key]: value }),
            ),
          ),
        ),
      ),
      el('div', useBlockProps(), el(ServerSideRender, { block: name, attributes })),
    );
  }

  for (const name of names) {
    registerBlockType(`vae-widgets/${name}`, { edit, save: () => null });
  }
})(window.wp, window.vaeWidgetsBlocks || []);
