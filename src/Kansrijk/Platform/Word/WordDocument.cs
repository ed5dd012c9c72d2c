using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Kansrijk.Platform.Word;

/// <summary>
/// Kansrijk's Word files (.docx): real heading styles (Word's navigation, screen readers), Dutch as the document language,
/// A4, a footer "… · pagina 2 van 5" with Word's PAGE and NUMPAGES fields, and tables whose columns fit their words
/// (<see cref="DocxColumnWidths"/>, fixed layout), whose header row repeats and whose rows never split across a page.
/// Elements are appended in schema order: the tests check the files with the OpenXml validator and LibreOffice.
/// </summary>
public static class WordDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Width of the text between the margins of an A4 page (11906 − 2 × 1418 twips).</summary>
    public const int TextWidth = 9070;

    /// <param name="footer">The footer's words before " · pagina n van m".</param>
    public static byte[] Write(string title, string footer, IEnumerable<OpenXmlElement> content)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = title;
            document.PackageProperties.Creator = "Kansrijk";
            document.PackageProperties.Language = "nl-NL";
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var footerPart = main.AddNewPart<FooterPart>();
            footerPart.Footer = Footer(footer);
            var body = new Body();
            foreach (var element in content)
            {
                body.Append(element);
            }
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footerPart) },
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1418, Bottom = 1418, Left = 1418U, Right = 1418U, Header = 709U, Footer = 709U, Gutter = 0U }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    public static Paragraph Paragraph(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }
        paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    public static Table Table(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = DocxColumnWidths.For(columns, rows, TextWidth);
        var table = new Table(new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(), Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>()),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0" }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        table.Append(Row(columns, widths, header: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, widths, header: false));
        }
        return table;
    }

    private static Footer Footer(string words)
    {
        var paragraph = new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }),
            new Run(new Text(words + " \u00b7 pagina ") { Space = SpaceProcessingModeValues.Preserve }));
        paragraph.Append(Field("PAGE"));
        paragraph.Append(new Run(new Text(" van ") { Space = SpaceProcessingModeValues.Preserve }));
        paragraph.Append(Field("NUMPAGES"));
        return new Footer(paragraph);
    }

    private static Run[] Field(string name) =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode($" {name} ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text("1")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
    ];

    private static T Line<T>() where T : BorderType, new() => new() { Val = BorderValues.Single, Size = 4U, Color = "6B7780" };

    private static TableRow Row(IReadOnlyList<string> cells, int[] widths, bool header)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header)
        {
            properties.Append(new TableHeader());
        }
        var row = new TableRow(properties);
        for (var c = 0; c < widths.Length; c++)
        {
            var text = c < cells.Count ? cells[c] : "";
            // a figure stays on one line: its spaces do not break
            if (DocxColumnWidths.IsFigure(text))
            {
                text = text.Replace(' ', '\u00a0');
            }
            var runProperties = new RunProperties();
            if (header)
            {
                runProperties.Append(new Bold());
            }
            runProperties.Append(new FontSize { Val = DocxColumnWidths.FontHalfPoints.ToString(CultureInfo.InvariantCulture) });
            var run = new Run(runProperties);
            run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = widths[c].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }), run)));
        }
        return row;
    }

    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" },
                new FontSize { Val = "22" },
                new Languages { Val = "nl-NL" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        HeadingStyle("Heading1", "heading 1", 0, "36"),
        HeadingStyle("Heading2", "heading 2", 1, "28"),
        HeadingStyle("Heading3", "heading 3", 2, "24"),
        new Style(
            new StyleName { Val = "caption" },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "60" }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "20" }))
        { Type = StyleValues.Paragraph, StyleId = "Caption" },
        new Style(
            new StyleName { Val = "footer" },
            new BasedOn { Val = "Normal" },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }),
            new StyleRunProperties(new Color { Val = "4B5563" }, new FontSize { Val = "16" }))
        { Type = StyleValues.Paragraph, StyleId = "Footer" },
        new Style(
            new StyleName { Val = "Note" },
            new BasedOn { Val = "Normal" },
            new StyleRunProperties(new Italic(), new Color { Val = "4B5563" }))
        { Type = StyleValues.Paragraph, StyleId = "Note", CustomStyle = true });

    private static Style HeadingStyle(string id, string name, int outline, string size) => new(
        new StyleName { Val = name },
        new BasedOn { Val = "Normal" },
        new NextParagraphStyle { Val = "Normal" },
        new UIPriority { Val = 9 },
        new PrimaryStyle(),
        new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = outline }),
        new StyleRunProperties(new Bold(), new Color { Val = "1F3A5F" }, new FontSize { Val = size }))
    { Type = StyleValues.Paragraph, StyleId = id };
}
