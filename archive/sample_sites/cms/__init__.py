"""CMS styles the sample sites are built in, by the name a data file gives in `cms`."""

from . import drupal, episerver, ghost, hugo, ki, nextjs, pressroom, sitevision, staticsite, wordpress

STYLES = {
    "wordpress": wordpress,
    "drupal": drupal,
    "ki": ki,
    "episerver": episerver,
    "pressroom": pressroom,
    "staticsite": staticsite,
    "sitevision": sitevision,
    "nextjs": nextjs,
    "ghost": ghost,
    "hugo": hugo,
}
