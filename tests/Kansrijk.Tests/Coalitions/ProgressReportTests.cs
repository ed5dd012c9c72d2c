using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Kansrijk.Demo;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Coalitions;

public abstract class ProgressReportTests(KansrijkFactory app)
{
    private Task<int> IdOfAsync(string municipality) => CoalitionLookup.LocalOfAsync(app, municipality);

    [Fact]
    public async Task The_haarlem_report_2022_gathers_figures_partners_lines_activities_and_the_budget()
    {
        var id = await IdOfAsync("GM0392");
        var page = await app.NewClient().GetDocumentAsync($"/coalities/{id}/voortgang/2022");
        Assert.Contains("Voortgangsrapportage", page.QuerySelector("h1")!.TextContent);
        var headings = page.QuerySelectorAll("article h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["1. Inleiding", "2. Cijfers uit de monitor", "3. Partners", "4. Actielijnen", "5. Activiteiten in 2022", "6. Begroting 2022", "7. Plannen voor 2023", "8. Conclusie"], headings);
        Assert.Equal("€ 135.000", page.QuerySelectorAll("#begroting-tabel tbody tr").Last().QuerySelector("td")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("#cijfers-tabel tbody tr"), r => r.TextContent.Contains("L12"));
        Assert.Equal(["Indicator", "Jaar", "Haarlem", "Nederland", "Oordeel"], page.QuerySelectorAll("#cijfers-tabel thead th").Select(th => th.TextContent));
        Assert.True(page.QuerySelectorAll("#partners-tabel tbody tr").Length >= 5);
        Assert.NotEmpty(page.QuerySelectorAll("#activiteiten-tabel tbody tr"));
        var region = await app.NewClient().GetDocumentAsync($"/coalities/{await CoalitionLookup.NamedAsync(app, "Kansrijke Start regio Den Bosch")}/voortgang/2022");
        Assert.Equal("Gemeente", region.QuerySelector("#cijfers-tabel thead th")!.TextContent);
        Assert.Equal(4, region.QuerySelectorAll("#cijfers-tabel tbody tr").Select(r => r.QuerySelector("th")!.TextContent).Distinct().Count());
        Assert.Equal(HttpStatusCode.NotFound, (await app.NewClient().GetAsync($"/coalities/{id}/voortgang/1990")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.NewClient().GetAsync("/coalities/999999/voortgang/2022")).StatusCode);
    }

    [Fact]
    public async Task The_coordinator_writes_the_introduction_and_it_appears_in_the_page_and_in_a_valid_word_file()
    {
        var id = await IdOfAsync("GM0392");
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        const string introduction = "In 2021 werkte de coalitie aan de drie lokale actielijnen.\nDe sociale kaart kreeg prioriteit.";
        var saved = await coordinator.PostFormAsync($"/coalities/{id}/voortgang/2021/teksten", new Dictionary<string, string>
        {
            ["Introduction"] = introduction,
            ["NextYear"] = "Meer partners uit het sociale domein.",
            ["Conclusion"] = "",
        });
        Assert.Equal($"/coalities/{id}/voortgang/2021", Forms.PathOf(saved.Headers.Location));

        var page = await app.NewClient().GetDocumentAsync($"/coalities/{id}/voortgang/2021");
        var paragraphs = page.QuerySelectorAll("article p").Select(p => p.TextContent).ToList();
        Assert.Contains("De sociale kaart kreeg prioriteit.", paragraphs);
        Assert.Contains("Nog niet geschreven.", paragraphs); // the conclusion

        var word = await app.NewClient().GetAsync($"/coalities/{id}/voortgang/2021?handler=Word");
        Assert.Equal(HttpStatusCode.OK, word.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", word.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".docx", word.Content.Headers.ContentDisposition!.FileNameStar ?? word.Content.Headers.ContentDisposition.FileName);
        using var stream = new MemoryStream(await word.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5)));
        var body = document.MainDocumentPart!.Document!.Body!;
        var texts = body.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("De sociale kaart kreeg prioriteit.", texts);
        var headings = body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading2").Select(p => p.InnerText).ToList();
        Assert.Equal(page.QuerySelectorAll("article h2").Select(h => h.TextContent), headings);
        Assert.Equal(page.QuerySelectorAll("article table").Length, body.Descendants<Table>().Count());

        var history = (await app.NewClient().GetDocumentAsync($"/coalities/{id}")).QuerySelectorAll("#geschiedenis tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(history, h => h.Contains("Voortgangsrapportage 2021: inleiding, plannen gewijzigd"));
    }

    [Fact]
    public async Task Only_editors_write_the_texts_and_too_long_text_is_refused_with_what_was_typed_kept()
    {
        var denHaag = await IdOfAsync("GM0518");
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        Assert.Equal("/geen-toegang", Forms.PathOf((await coordinator.GetAsync($"/coalities/{denHaag}/voortgang/2022/teksten")).Headers.Location));
        Assert.Null((await coordinator.GetDocumentAsync($"/coalities/{denHaag}/voortgang/2022")).QuerySelector("#teksten-bewerken"));

        var haarlem = await IdOfAsync("GM0392");
        var tooLong = new string('a', 8001);
        var refused = await Forms.ParseAsync(await coordinator.PostFormAsync($"/coalities/{haarlem}/voortgang/2020/teksten", new Dictionary<string, string>
        {
            ["Introduction"] = "Blijft staan",
            ["NextYear"] = "",
            ["Conclusion"] = tooLong,
        }));
        Assert.Contains("maximum", refused.QuerySelector("#Conclusion-fout")!.TextContent);
        Assert.Equal("Blijft staan", refused.QuerySelector("textarea#Introduction")!.TextContent);
        Assert.DoesNotContain("Blijft staan", (await app.NewClient().GetDocumentAsync($"/coalities/{haarlem}/voortgang/2020")).QuerySelector("article")!.TextContent);
    }
}

[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class ProgressReportSqliteTests(SqliteApp app) : ProgressReportTests(app);

[Collection(PostgresCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class ProgressReportPostgresTests(PostgresApp app) : ProgressReportTests(app);
