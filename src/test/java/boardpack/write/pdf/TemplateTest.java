package boardpack.write.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Template folders: what a user's folder overrides, and the message a broken one gives. */
class TemplateTest {

  @TempDir Path folder;

  @Test
  void builtIn_isTheRepositorysDefaultTemplate() throws Exception {
    Template template = Template.builtIn();

    // templates/default/theme.properties: colour.accent = #1F4E79
    assertEquals(new Color(0x1F, 0x4E, 0x79), template.palette().accent());
    assertEquals("Board pack", template.labels().get("cover.title"));
    assertArrayEquals(
        Files.readAllBytes(Path.of("templates", "default", "logo.png")),
        template.logo().orElseThrow());
  }

  @Test
  void userFolder_overridesOnlyTheKeysItGives() throws Exception {
    write("theme.properties", "colour.accent = #AA0000\nlogo =\n");
    write("labels-en.properties", "cover.title = Report to the board\n");

    Template template = Template.load(folder);

    assertEquals(new Color(0xAA, 0, 0), template.palette().accent());
    assertEquals(Template.builtIn().palette().text(), template.palette().text());
    assertEquals("Report to the board", template.labels().get("cover.title"));
    assertEquals("Contents", template.labels().get("section.contents"));
    assertTrue(template.logo().isEmpty());
  }

  @Test
  void badColour_namesFileKeyAndWhatIsExpected() throws Exception {
    write("theme.properties", "colour.accent = blue\n");

    TemplateException e = assertThrows(TemplateException.class, () -> Template.load(folder));

    assertEquals(
        folder.resolve("theme.properties")
            + ": colour.accent \"blue\" is not a colour; expected #RRGGBB such as #1F4E79",
        e.getMessage());
  }

  @Test
  void unknownKey_isAnError_soATypoIsNotSilentlyIgnored() throws Exception {
    write("theme.properties", "colour.acent = #AA0000\n");

    TemplateException e = assertThrows(TemplateException.class, () -> Template.load(folder));

    assertEquals(
        folder.resolve("theme.properties")
            + ": unknown key colour.acent; the keys are those of templates/default",
        e.getMessage());
  }

  @Test
  void missingLogo_namesTheKey() throws Exception {
    write("theme.properties", "logo = ours.png\n");

    TemplateException e = assertThrows(TemplateException.class, () -> Template.load(folder));

    assertEquals(
        folder.resolve("theme.properties")
            + ": logo \"ours.png\" is not a PNG or JPEG file in the template folder; give one, or"
            + " leave it empty",
        e.getMessage());
  }

  @Test
  void fontThatIsNotTrueType_namesTheKey() throws Exception {
    write("theme.properties", "font.bold = notes.txt\n");
    write("notes.txt", "not a font");

    TemplateException e = assertThrows(TemplateException.class, () -> Template.load(folder));

    assertTrue(
        e.getMessage()
            .startsWith(folder.resolve("theme.properties") + ": font.bold \"notes.txt\" is not a"),
        e.getMessage());
  }

  @Test
  void languageWithoutLabels_saysWhichFileToAdd() throws Exception {
    write("theme.properties", "language = de\n");

    TemplateException e = assertThrows(TemplateException.class, () -> Template.load(folder));

    assertEquals(
        folder.resolve("theme.properties")
            + ": language \"de\" has no labels-de.properties beside it; add one (copy"
            + " labels-en.properties)",
        e.getMessage());
  }

  @Test
  void otherLanguage_takesItsLabelsAndMonthNames() throws Exception {
    write("theme.properties", "language = de\n");
    write("labels-de.properties", "cover.title = Vorstandsbericht\n");

    Template template = Template.load(folder);

    assertEquals("Vorstandsbericht", template.labels().get("cover.title"));
    assertEquals(
        "Oktober 2026", template.labels().month(java.time.YearMonth.of(2026, 10), "format.period"));
  }

  @Test
  void folderWithoutTheme_orNoFolder_isAClearError() throws Exception {
    TemplateException empty = assertThrows(TemplateException.class, () -> Template.load(folder));
    Path missing = folder.resolve("nowhere");
    TemplateException none = assertThrows(TemplateException.class, () -> Template.load(missing));

    assertEquals(
        folder.resolve("theme.properties")
            + ": not found; a template folder holds theme.properties (copy templates/default to"
            + " start)",
        empty.getMessage());
    assertEquals(
        missing
            + ": no such template folder; give a folder holding theme.properties (copy"
            + " templates/default to start)",
        none.getMessage());
  }

  @Test
  void badMonthPattern_namesTheLabel() throws Exception {
    write("theme.properties", "size.body = 9\n");
    write("labels-en.properties", "format.period = MMMM {uuuu\n");

    TemplateException e = assertThrows(TemplateException.class, () -> Template.load(folder));

    assertTrue(
        e.getMessage()
            .startsWith(
                folder.resolve("labels-en.properties")
                    + ": format.period \"MMMM {uuuu\" is not a month pattern"),
        e.getMessage());
  }

  private void write(String name, String text) throws Exception {
    Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }
}
