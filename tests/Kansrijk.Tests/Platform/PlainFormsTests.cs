using Kansrijk.Demo;
using Kansrijk.Geography;
using Kansrijk.Platform.Layout;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Platform;

/// <summary>Forms ask for names and dates as people know them (issue 13, items 3 and 6): municipalities by name, dates in
/// three boxes, every invalid field marked; pages lead with plain words and explain the field's terms.</summary>
public abstract class PlainFormsTests(KansrijkFactory app)
{
    private static Dictionary<string, string> Facts(string name, string municipalities, string? day = null, string? month = null, string? year = null) => new()
    {
        ["Name"] = name,
        ["Kind"] = "Regional",
        ["Municipalities"] = municipalities,
        ["Status"] = "Formed",
        ["StatusSince"] = "2020",
        ["Plan"] = "Adopted",
        ["PlanAdoptedOn-dag"] = day ?? "",
        ["PlanAdoptedOn-maand"] = month ?? "",
        ["PlanAdoptedOn-jaar"] = year ?? "",
        ["Coordinators"] = "",
        ["MeetingRhythm"] = "",
    };

    [Fact]
    public async Task A_coalition_is_made_with_municipality_names_and_a_date_in_three_boxes_and_shows_the_names_again()
    {
        var admin = await DemoLogin.AdministratorAsync(app);
        var name = $"Namen {Guid.NewGuid():N}"[..18];
        var created = await admin.PostFormAsync("/coalities/nieuw/gegevens", Facts(name, "zandvoort, Bloemendaal", "15", "3", "2022"));
        var location = Forms.PathOf(created.Headers.Location);
        Assert.StartsWith("/coalities/", location);

        var detail = await app.NewClient().GetDocumentAsync(location);
        Assert.Contains("15 maart 2022", detail.QuerySelector("main dl")!.TextContent);
        var links = detail.QuerySelectorAll("main dl a[href^='/monitor/gebied/']").Select(a => a.GetAttribute("href")).Order().ToList();
        Assert.Equal(["/monitor/gebied/GM0377", "/monitor/gebied/GM0473"], links);

        var form = await admin.GetDocumentAsync($"{location}/gegevens");
        Assert.Equal("Bloemendaal, Zandvoort", form.QuerySelector("input#Municipalities")!.GetAttribute("value"));
        Assert.Equal("gemeentenamen", form.QuerySelector("input#Municipalities")!.GetAttribute("list"));
        Assert.NotNull(form.QuerySelector("datalist#gemeentenamen option[value=\"'s-Gravenhage\"]"));
        Assert.Equal("15", form.QuerySelector("input#PlanAdoptedOn")!.GetAttribute("value"));
        Assert.Equal("3", form.QuerySelector("input#PlanAdoptedOn-maand")!.GetAttribute("value"));
        Assert.Equal("2022", form.QuerySelector("input#PlanAdoptedOn-jaar")!.GetAttribute("value"));
        Assert.Equal("Vastgesteld op (niet verplicht)", form.QuerySelector("fieldset.kansrijk-date legend")!.TextContent);
        Assert.Null(form.QuerySelector("input[type=date]"));
    }

    [Fact]
    public async Task An_unknown_name_and_a_date_that_does_not_exist_are_reported_together_and_every_field_is_marked()
    {
        var admin = await DemoLogin.AdministratorAsync(app);
        var response = await admin.PostFormAsync("/coalities/nieuw/gegevens", Facts("", "Harlem, Zandvoort", "31", "2", "2022"));
        var page = await Forms.ParseAsync(response);
        Assert.StartsWith("Fout: ", page.Title);

        var summary = page.QuerySelector("#foutoverzicht")!;
        Assert.Equal("Er zijn 3 fouten in het formulier", summary.QuerySelector("h2")!.TextContent);
        Assert.Equal(["#Municipalities", "#Name", "#PlanAdoptedOn"], summary.QuerySelectorAll("li a").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal));

        Assert.Contains("Deze gemeente kennen we niet: Harlem", page.QuerySelector("#Municipalities-fout")!.TextContent);
        Assert.Equal("Harlem, Zandvoort", page.QuerySelector("input#Municipalities")!.GetAttribute("value"));
        Assert.Equal("true", page.QuerySelector("input#Municipalities")!.GetAttribute("aria-invalid"));
        Assert.Contains("bestaande datum", page.QuerySelector("#PlanAdoptedOn-fout")!.TextContent);
        foreach (var box in new[] { "PlanAdoptedOn", "PlanAdoptedOn-maand", "PlanAdoptedOn-jaar" })
        {
            var input = page.QuerySelector($"input#{box}")!;
            Assert.Equal("true", input.GetAttribute("aria-invalid"));
            Assert.Contains("utrecht-textbox--invalid", input.ClassName);
        }
        Assert.Equal("31", page.QuerySelector("input#PlanAdoptedOn")!.GetAttribute("value"));
        Assert.Equal("2", page.QuerySelector("input#PlanAdoptedOn-maand")!.GetAttribute("value"));
        Assert.Contains("PlanAdoptedOn-fout", page.QuerySelector("fieldset.kansrijk-date")!.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task A_care_path_is_made_by_picking_the_municipality_from_a_select_grouped_by_province()
    {
        var admin = await DemoLogin.AdministratorAsync(app);
        var form = await admin.GetDocumentAsync("/zorgpaden/beheer/paden/nieuw");
        var select = form.QuerySelector("select#Municipality")!;
        Assert.Equal("", select.QuerySelector("option")!.GetAttribute("value"));
        Assert.Equal(12, select.QuerySelectorAll("optgroup").Length);
        Assert.Equal(342, select.QuerySelectorAll("optgroup option").Length);
        Assert.Contains("Geen GGD-regio", form.QuerySelector("select#Region option")!.TextContent);

        var refused = await Forms.ParseAsync(await admin.PostFormAsync("/zorgpaden/beheer/paden/nieuw", new Dictionary<string, string> { ["Theme"] = "", ["Municipality"] = "", ["Region"] = "" }));
        foreach (var id in new[] { "Theme", "Municipality" })
        {
            var field = refused.QuerySelector($"select#{id}")!;
            Assert.Equal("true", field.GetAttribute("aria-invalid"));
            Assert.Contains("utrecht-select--invalid", field.ClassName);
        }
    }

    [Fact]
    public async Task The_area_profile_compares_with_municipalities_typed_by_name()
    {
        var page = await app.NewClient().GetDocumentAsync("/monitor/gebied/GM0392?vergelijk=amsterdam%2C%20Zaanstad");
        Assert.NotNull(page.QuerySelector("tr[data-area=GM0363]"));
        Assert.NotNull(page.QuerySelector("tr[data-area=GM0479]"));
        Assert.Equal("Amsterdam, Zaanstad", page.QuerySelector("input#vergelijk")!.GetAttribute("value"));

        var wrong = await app.NewClient().GetDocumentAsync("/monitor/gebied/GM0392?vergelijk=Nergenshuizen");
        Assert.Contains("Deze gemeente kennen we niet: Nergenshuizen", wrong.QuerySelector("#vergelijk-fout")!.TextContent);
        Assert.Equal("true", wrong.QuerySelector("input#vergelijk")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task The_monitor_area_choice_starts_empty_and_groups_areas_by_kind()
    {
        var page = await app.NewClient().GetDocumentAsync("/monitor");
        var select = page.QuerySelector("select#code")!;
        Assert.Equal("", select.QuerySelector("option")!.GetAttribute("value"));
        Assert.Equal(["Gemeenten", "GGD-regio's", "Provincies"], select.QuerySelectorAll("optgroup").Select(g => g.GetAttribute("label")));
        Assert.Equal(342, select.QuerySelectorAll("optgroup[label=Gemeenten] option").Length);
    }

    [Fact]
    public async Task An_indicator_leads_with_its_plain_name_explains_teller_noemer_and_big2_and_keeps_map_classes_under_a_filter()
    {
        var all = await app.NewClient().GetDocumentAsync("/monitor/indicator/L12");
        Assert.StartsWith("Vroeggeboorte en/of laag geboortegewicht", all.QuerySelector("h1")!.TextContent);
        Assert.EndsWith("(L12)", all.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Vroeggeboorte", all.Title);
        Assert.EndsWith("(L12)", all.QuerySelector(".utrecht-breadcrumb-nav__link--current")!.TextContent);
        Assert.Contains("de noemer is de hele groep", all.QuerySelector("#teller-noemer")!.TextContent);
        Assert.Contains("Big2: te vroeg geboren", all.QuerySelector("#woorden")!.TextContent);

        var filtered = await app.NewClient().GetDocumentAsync("/monitor/indicator/L12?provincie=PV20");
        var breaks = all.QuerySelector("#indicator-kaart")!.GetAttribute("data-breaks");
        Assert.Matches(@"^\[\d+(\.\d+)?(,\d+(\.\d+)?){3}\]$", breaks);
        Assert.Equal(breaks, filtered.QuerySelector("#indicator-kaart")!.GetAttribute("data-breaks"));
        Assert.Contains("in provincie Groningen", filtered.QuerySelector("#indicator-kaart figcaption")!.TextContent);
        var withFigure = filtered.QuerySelectorAll("#gemeenten tbody tr[data-value]:not([data-value=''])").Length;
        Assert.Contains($"{withFigure} gemeente", filtered.QuerySelector("#indicator-kaart figcaption")!.TextContent);
        Assert.Contains($"{10 - withFigure} grijs (geen cijfer)", filtered.QuerySelector("#indicator-kaart figcaption")!.TextContent);

        var overview = await app.NewClient().GetDocumentAsync("/monitor");
        var big2 = overview.QuerySelectorAll("abbr[title]").Single(a => a.TextContent == "Big2");
        Assert.StartsWith("te vroeg geboren", big2.GetAttribute("title"));
    }

    [Fact]
    public async Task The_trend_caption_names_only_the_series_the_chart_draws()
    {
        var page = await app.NewClient().GetDocumentAsync("/monitor/gebied/GM0392");
        foreach (var figure in page.QuerySelectorAll("figure[data-trend-chart]"))
        {
            var table = page.QuerySelector($"#{figure.GetAttribute("data-trend-chart")}")!;
            var drawn = table.QuerySelectorAll("td[data-series][data-value]:not([data-value=''])").Select(c => c.GetAttribute("data-series")!).Distinct().ToList();
            var undrawn = table.QuerySelectorAll("td[data-series]").Select(c => c.GetAttribute("data-series")!).Distinct().Except(drawn).ToList();
            var caption = figure.QuerySelector("figcaption")!.TextContent;
            Assert.All(drawn, s => Assert.Contains(s, caption));
            Assert.All(undrawn, s => Assert.DoesNotContain(s, caption));
            Assert.True(table.QuerySelectorAll("td[data-value]:not([data-value=''])").Length >= 2, "a chart is only drawn with two or more figures");
        }
        Assert.NotEmpty(page.QuerySelectorAll("figure[data-trend-chart]"));
    }

    [Fact]
    public async Task The_accessibility_statement_follows_the_model_and_gives_a_public_contact()
    {
        var page = await app.NewClient().GetDocumentAsync("/toegankelijkheid");
        Assert.Equal(["status", "opstelling", "wat-werkt", "afwijkingen", "contact", "handhaving"], page.QuerySelectorAll("main h2").Select(h => h.Id));
        Assert.Contains("voldoet gedeeltelijk", page.QuerySelector("main dl")!.TextContent);
        Assert.StartsWith("mailto:", page.QuerySelector("#contact-adres")!.GetAttribute("href"));
        Assert.Contains("Nationale ombudsman", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task The_coalition_page_says_what_each_edit_link_changes()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var haarlem = (await coordinator.GetAllItemsAsync("/api/v1/coalitions"))
            .First(c => c.GetProperty("municipalities").EnumerateArray().Any(m => m.GetString() == "GM0392")).GetProperty("id").GetInt32();
        var page = await coordinator.GetDocumentAsync($"/coalities/{haarlem}");
        var links = page.QuerySelectorAll("main a[href$='/bewerken'], main a[href$='/gegevens']").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Begroting, partners en activiteiten bewerken", "Naam, gemeenten en status wijzigen"], links);
    }
}

[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class PlainFormsSqliteTests(SqliteApp app) : PlainFormsTests(app);

[Collection(PostgresCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class PlainFormsPostgresTests(PostgresApp app) : PlainFormsTests(app);

[Trait(Kinds.Trait, Kinds.Unit)]
public sealed class PlainWordsUnitTests
{
    [Fact]
    public void Municipalities_are_read_by_name_without_accents_or_capitals_and_codes_still_work()
    {
        Assert.Equal(["GM0392", "GM0518", "GM1900"], MunicipalityDirectory.Codes("haarlem; 's-Gravenhage,Sudwest-Fryslan"));
        Assert.Equal(["GM0392", "GM0363"], MunicipalityDirectory.Codes("GM0392 gm0363"));
        Assert.Equal(["GM0392", "Harlem"], MunicipalityDirectory.Codes("Haarlem, Harlem, haarlem"));
        Assert.Empty(MunicipalityDirectory.Codes(" , "));
        Assert.Equal("Haarlem, 's-Gravenhage", MunicipalityDirectory.Names(["GM0518", "GM0392"]));
        Assert.Null(MunicipalityDirectory.Find("PV27"));
    }

    [Theory]
    [InlineData("15", "3", "2022", "2022-03-15")]
    [InlineData(" 1", "12 ", "2024", "2024-12-01")]
    [InlineData("", "", "", "")]
    [InlineData("29", "2", "2023", "29-2-2023")]
    [InlineData("15", "maart", "2022", "15-maart-2022")]
    [InlineData("15", "3", "22", "15-3-22")]
    [InlineData("15", "", "2022", "15--2022")]
    public void Three_date_boxes_become_one_date_or_stay_as_typed(string day, string month, string year, string expected)
    {
        Assert.Equal(expected, DateParts.Join(day, month, year));
        // and back into the three boxes, as typed (without spaces)
        Assert.Equal((day.Trim(), month.Trim(), year.Trim()), DateParts.Split(expected));
    }

    [Fact]
    public void Terms_are_explained_only_where_they_occur()
    {
        Assert.Equal(["Big2"], Glossary.In("Vroeggeboorte (Big2)").Select(t => t.Term));
        Assert.Empty(Glossary.In("Big20 en VSVs"));
        Assert.Equal("Vroeggeboorte (<abbr title=\"te vroeg geboren (voor 37 weken) of te klein voor de duur van de zwangerschap: de twee grote risico&#39;s bij de geboorte\">Big2</abbr>)",
            Glossary.Marked("Vroeggeboorte (Big2)").ToString());
        Assert.Null(Glossary.Sentence("Roken tijdens de zwangerschap"));
    }
}
