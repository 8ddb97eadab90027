package boardpack.write.pdf;

/** The template's type sizes in points. */
record TypeSizes(float title, float heading, float subheading, float body, float small) {}
