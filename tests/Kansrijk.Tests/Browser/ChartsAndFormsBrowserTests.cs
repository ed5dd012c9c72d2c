using Kansrijk.Demo;
using Kansrijk.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kansrijk.Tests.Browser;

/// <summary>Charts people can read and forms as the NL Design System does them (issue 13, items 3 and 4), at a small phone,
/// a phone and a desktop: chart text at least 12px as drawn, Dutch numbers, legends built from what is drawn, map classes that
/// stay put under a filter; names instead of codes, dates in three boxes, the focused error summary with every field marked.</summary>
[Collection(BrowserCollection.Name), Trait(Kinds.Trait, Kinds.Browser)]
public sealed class ChartsAndFormsBrowserTests(BrowserFixture browser)
{
    /// <summary>The smallest text size as the reader sees it: an SVG drawn smaller than its own width shrinks its text too.</summary>
    private const string SmallestChartTextScript = """
        () => {
          let smallest = Infinity, where = "";
          document.querySelectorAll("figure svg").forEach(svg => {
            const drawn = svg.getBoundingClientRect().width;
            const own = svg.viewBox.baseVal && svg.viewBox.baseVal.width ? svg.viewBox.baseVal.width : svg.width.baseVal.value;
            const scale = own > 0 ? drawn / own : 1;
            svg.querySelectorAll("text").forEach(t => {
              if (!t.textContent.trim()) return;
              const size = parseFloat(getComputedStyle(t).fontSize) * scale;
              if (size < smallest) { smallest = size; where = t.textContent; }
            });
          });
          document.querySelectorAll("figure .kansrijk-legend li").forEach(li => {
            const size = parseFloat(getComputedStyle(li).fontSize);
            if (size < smallest) { smallest = size; where = li.textContent; }
          });
          return [smallest === Infinity ? 0 : smallest, where];
        }
        """;

    private const string TickLabelsScript = "() => [...document.querySelectorAll('figure svg g[aria-label$=\"tick label\"] text')].map(t => t.textContent)";

    private static async Task AssertChartTextAsync(IPage page, string what, int width, bool axes = true)
    {
        var result = await page.EvaluateAsync<System.Text.Json.JsonElement>(SmallestChartTextScript);
        var size = result[0].GetDouble();
        Assert.True(size >= 12, $"{what} at {width}px: chart text \"{result[1].GetString()}\" is drawn at {size:0.0}px");
        var ticks = await page.EvaluateAsync<string[]>(TickLabelsScript);
        Assert.Equal(axes, ticks.Length > 0);
        Assert.DoesNotContain(ticks, t => System.Text.RegularExpressions.Regex.IsMatch(t, @"^-?\d+\.\d{1,2}$"));
    }

    private static async Task<string[]> LegendAsync(ILocator figure) =>
        [.. (await figure.Locator(".kansrijk-legend li").AllInnerTextsAsync()).Select(t => t.Trim())];

    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Trend_charts_have_readable_dutch_text_labelled_axes_a_zero_baseline_and_a_legend_of_what_is_drawn(int width)
    {
        var page = await browser.NewPageAsync(width: width, height: 800);
        await page.GotoAsync("/monitor/gebied/GM0392");
        var figures = page.Locator("figure[data-trend-chart]");
        await figures.First.Locator("svg[role=img]").WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await AssertChartTextAsync(page, "/monitor/gebied/GM0392", width);

        var count = await figures.CountAsync();
        Assert.True(count >= 3, $"trend charts drawn: {count}");
        for (var i = 0; i < count; i++)
        {
            var figure = figures.Nth(i);
            var tableId = await figure.GetAttributeAsync("data-trend-chart");
            var drawn = await page.EvaluateAsync<string[]>(
                $"() => [...new Set([...document.querySelectorAll('#{tableId} td[data-series]')].filter(c => c.dataset.value).map(c => c.dataset.series))]");
            var gaps = await page.EvaluateAsync<bool>(
                $"() => {{ const drawn = new Set([...document.querySelectorAll('#{tableId} td[data-series]')].filter(c => c.dataset.value).map(c => c.dataset.series)); return [...document.querySelectorAll('#{tableId} td[data-series]')].some(c => drawn.has(c.dataset.series) && !c.dataset.value); }}");
            var legend = await LegendAsync(figure);
            Assert.Equal(drawn.Order(StringComparer.Ordinal), legend.Where(l => !l.StartsWith("geen cijfer", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
            Assert.Equal(gaps, legend.Any(l => l.StartsWith("geen cijfer", StringComparison.Ordinal)));
            Assert.Equal("Jaar", await figure.Locator("svg g[aria-label='x-axis label'] text").TextContentAsync());
            Assert.NotEmpty((await figure.Locator("svg g[aria-label='y-axis label'] text").TextContentAsync())!);
            // shares start at zero: the lowest tick of the value axis is 0
            var yTicks = await figure.Locator("svg g[aria-label='y-axis tick label'] text").AllTextContentsAsync();
            Assert.Contains("0", yTicks);
        }
        await ScreensBrowserTests.AssertFitsAsync(page, "/monitor/gebied/GM0392", width);
        await Axe.AssertNoViolationsAsync(page);
    }

    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task The_map_legend_counts_what_is_drawn_says_geen_cijfer_and_keeps_its_classes_under_a_filter(int width)
    {
        var page = await browser.NewPageAsync(width: width, height: 800);
        await page.GotoAsync("/monitor/indicator/L12");
        var map = page.Locator("#indicator-kaart");
        await map.Locator("svg[role=img]").WaitForAsync();
        await AssertChartTextAsync(page, "/monitor/indicator/L12", width, axes: false);
        var legend = await LegendAsync(map);
        var rows = await page.Locator("#gemeenten tbody tr").CountAsync();
        var withoutFigure = await page.Locator("#gemeenten tbody tr[data-value='']").CountAsync();
        Assert.Equal(rows, legend.Sum(l => int.Parse(System.Text.RegularExpressions.Regex.Match(l, @"\((\d+) gemeenten?\)$").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(withoutFigure > 0, legend.Any(l => l.StartsWith("geen cijfer", StringComparison.Ordinal)));
        Assert.Contains(legend, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"\d+,\d%"));
        Assert.DoesNotContain(legend, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"\d\.\d%"));
        static string ClassOf(string item) => item[..item.LastIndexOf(" (", StringComparison.Ordinal)];
        var classes = legend.Select(ClassOf).Where(c => c != "geen cijfer").ToList();
        Assert.Equal(5, classes.Count);
        await ScreensBrowserTests.AssertFitsAsync(page, "/monitor/indicator/L12", width);
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Provincie").SelectOptionAsync(new SelectOptionValue { Label = "Groningen" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Kaart en tabel tonen" }).ClickAsync();
        await page.WaitForURLAsync("**provincie=PV20**");
        await map.Locator("svg[role=img]").WaitForAsync();
        var filtered = await LegendAsync(map);
        Assert.Equal(classes, filtered.Select(ClassOf).Where(c => c != "geen cijfer"));
        Assert.Equal(10, filtered.Sum(l => int.Parse(System.Text.RegularExpressions.Regex.Match(l, @"\((\d+) gemeenten?\)$").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task The_coalition_form_takes_names_and_a_date_in_three_boxes_and_marks_every_wrong_field(int width)
    {
        var page = await browser.NewPageAsync(width: width, height: 800);
        await BrowserLogin.AsAsync(page, DemoAccounts.Coordinator);
        await page.GotoAsync("/coalities");
        await page.GetByRole(AriaRole.Link, new() { Name = "Coalitie Kansrijke Start Haarlem" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Naam, gemeenten en status wijzigen" }).ClickAsync();
        await page.WaitForURLAsync("**/gegevens");
        Assert.Equal("Haarlem", await page.GetByLabel("Gemeenten", new() { Exact = true }).InputValueAsync());
        await ScreensBrowserTests.AssertFitsAsync(page, "coalition facts form", width);
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("Gemeenten", new() { Exact = true }).FillAsync("Harlem");
        var date = page.GetByRole(AriaRole.Group, new() { Name = "Vastgesteld op (niet verplicht)" });
        await date.GetByLabel("Dag").FillAsync("31");
        await date.GetByLabel("Maand").FillAsync("2");
        await date.GetByLabel("Jaar").FillAsync("2022");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gegevens opslaan" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);

        Assert.StartsWith("Fout: ", await page.TitleAsync());
        Assert.Equal("foutoverzicht", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.StartsWith("Er zijn ", await page.Locator("#foutoverzicht h2").InnerTextAsync());
        Assert.Equal("true", await page.GetByLabel("Gemeenten", new() { Exact = true }).GetAttributeAsync("aria-invalid"));
        Assert.Equal("true", await date.GetByLabel("Maand").GetAttributeAsync("aria-invalid"));
        Assert.Equal("2", await date.GetByLabel("Maand").InputValueAsync());
        // the link in the summary takes the reader to the field: the day box of the date
        await page.Locator("#foutoverzicht a[href='#PlanAdoptedOn']").ClickAsync();
        Assert.Equal("PlanAdoptedOn", await page.EvaluateAsync<string>("document.activeElement.id"));
        await ScreensBrowserTests.AssertFitsAsync(page, "coalition facts form with errors", width);
        await Axe.AssertNoViolationsAsync(page);
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task The_offer_form_asks_languages_by_checkbox_and_the_municipality_by_name(int width)
    {
        var page = await browser.NewPageAsync(width: width, height: 800);
        await BrowserLogin.AsAsync(page, DemoAccounts.Coordinator);
        await page.GotoAsync("/zorgpaden/beheer/aanbod/nieuw");
        var languages = page.GetByRole(AriaRole.Group, new() { Name = "Talen waarin het aanbod er is" });
        Assert.True(await languages.GetByLabel("Nederlands", new() { Exact = true }).IsCheckedAsync());
        Assert.False(await languages.GetByLabel("Arabisch").IsCheckedAsync());
        Assert.Equal(3, await page.GetByRole(AriaRole.Group, new() { Name = "Laatst gecontroleerd" }).Locator("input").CountAsync());
        await ScreensBrowserTests.AssertFitsAsync(page, "offer form", width);
        await Axe.AssertNoViolationsAsync(page);

        await page.GotoAsync("/zorgpaden/beheer/paden/nieuw");
        Assert.Equal("Noord-Holland", await page.Locator("select#Municipality optgroup:has(option[value=GM0392])").GetAttributeAsync("label"));
        await ScreensBrowserTests.AssertFitsAsync(page, "new care path form", width);
        await Axe.AssertNoViolationsAsync(page);
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task The_accessibility_statement_and_the_monitor_overview_read_well(int width)
    {
        var page = await browser.NewPageAsync(width: width, height: 800);
        foreach (var url in new[] { "/toegankelijkheid", "/monitor" })
        {
            await page.GotoAsync(url);
            await ScreensBrowserTests.AssertFitsAsync(page, url, width);
            await Axe.AssertNoViolationsAsync(page);
        }
        Assert.Equal("Kies een gebied", await page.Locator("select#code option").First.InnerTextAsync());
    }
}
