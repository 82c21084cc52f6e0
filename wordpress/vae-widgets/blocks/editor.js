// The blocks' editor side, without a build step: each block's attributes come from its
// block.json (registered on the server); this draws a settings panel from their types,
// one control for every attribute, and a preview rendered by the server (the same
// markup as on the page).
(function (wp, catalogue) {
  const { registerBlockType, getBlockType } = wp.blocks;
  const { createElement: el, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;
  const { __ } = wp.i18n;

  // Every attribute's label and every allowed value's, translated on the server
  // (includes/catalogue.php, generated from the elements' manifest).
  const { labels, choices } = catalogue;

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
    if (definition.format === 'date') {
      return el(TextControl, { ...common, type: 'date', value: value ?? '', onChange: set });
    }
    return el(TextControl, { ...common, value: value ?? '', onChange: set });
  }

  function edit({ name, attributes, setAttributes }) {
    const declared = getBlockType(name).attributes;
    // WordPress adds attributes of its own (className, lock, …): ours are the labelled ones.
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

  for (const name of catalogue.names) {
    registerBlockType(`vae-widgets/${name}`, { edit, save: () => null });
  }
})(window.wp, window.vaeWidgetsBlocks || { names: [], labels: {}, choices: {} });
