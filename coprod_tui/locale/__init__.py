"""Dutch catalogues, one module per area (nl_core, nl_agenda, …), merged by i18n."""
