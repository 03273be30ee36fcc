"""PartDem Hub: content models, validation and page generation for the hub's static site."""
