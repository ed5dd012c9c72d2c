using Kansrijk.Demo;
using Kansrijk.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kansrijk.Tests.Browser;

[Collection(BrowserCollection.Name), Trait(Kinds.Trait, Kinds.Browser)]
public sealed class MonitorBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/monitor")]
    [InlineData("/monitor/gebied/NL01")]
    [InlineData("/monitor/gebied/GG3109?vergelijk=GM0363")]
    [InlineData("/monitor/gebied/GM0392?vergelijk=1,2,3,4,5,6")]
    [InlineData("/monitor/indicator/L01")]
    [InlineData("/monitor/indicator/L15?periode=2020-2024&ggd=GG3109&sorteer=waarde&richting=af")]
    public async Task Monitor_pages_pass_axe(string url)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(url);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task A_coordinator_reads_her_municipality_with_trend_charts_tables_and_a_download()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/monitor");
        await page.GetByLabel("Gemeente, GGD-regio of provincie").SelectOptionAsync("GM0392");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bekijk gebied" }).ClickAsync();
        await page.WaitForURLAsync("**/monitor/gebied/GM0392");

        var section = page.Locator("section[aria-labelledby=titel-l12]");
        await section.Locator("figure svg[role=img]").First.WaitForAsync();
        Assert.True(await section.Locator("figure svg path").CountAsync() >= 1);
        await section.GetByText("Tabel met de trend").ClickAsync();
        Assert.True(await section.Locator("#trend-l12 tbody tr").CountAsync() >= 5);

        await page.GetByLabel("Vergelijk met andere gemeenten").FillAsync("Amsterdam");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vergelijken" }).ClickAsync();
        await page.WaitForURLAsync("**vergelijk=Amsterdam**");
        Assert.Equal("Amsterdam", await page.GetByLabel("Vergelijk met andere gemeenten").InputValueAsync());
        Assert.Equal(1, await page.Locator("section[aria-labelledby=titel-l12] tr[data-area=GM0363]").CountAsync());
        await Axe.AssertNoViolationsAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download alle cijfers op deze pagina (CSV)" }).ClickAsync());
        Assert.Equal("monitor-GM0392.csv", download.SuggestedFilename);
        var text = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("L12;", text);
        Assert.Contains(";GM0363;Amsterdam;", text);
    }

    [Fact]
    public async Task An_analyst_sees_all_municipalities_on_a_map_sorts_the_table_and_downloads_it()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/monitor/indicator/L12");
        var map = page.Locator("#indicator-kaart svg[role=img]");
        await map.WaitForAsync();
        Assert.True(await page.Locator("#indicator-kaart svg path").CountAsync() >= 300);
        Assert.Equal(342, await page.Locator("#gemeenten tbody tr").CountAsync());

        await page.GetByLabel("Provincie").SelectOptionAsync("PV20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kaart en tabel tonen" }).ClickAsync();
        await page.WaitForURLAsync("**provincie=PV20**");
        Assert.Equal(10, await page.Locator("#gemeenten tbody tr").CountAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Waarde" }).ClickAsync();
        await page.WaitForURLAsync("**sorteer=waarde**");
        Assert.Equal("ascending", await page.Locator("th[aria-sort]").GetAttributeAsync("aria-sort"));
        await Axe.AssertNoViolationsAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download deze tabel (CSV)" }).ClickAsync());
        var lines = (await File.ReadAllLinesAsync((await download.PathAsync())!)).Where(l => l.Contains(";GM")).ToList();
        Assert.Equal(await page.Locator("#gemeenten tbody tr").CountAsync(), lines.Count);
    }

    [Fact]
    public async Task An_analyst_uploads_a_file_sees_every_error_then_uploads_a_good_one()
    {
        var page = await browser.NewPageAsync();
        await BrowserLogin.WithPasswordAsync(page, DemoAccounts.Analyst.Email);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await page.GotoAsync("/monitor/indicatoren/L12");
        await Axe.AssertNoViolationsAsync(page);
        await page.GotoAsync("/monitor/import");
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Importeren" }).ClickAsync();
        Assert.Contains("Kies een CSV-bestand", await page.Locator("#Bestand-fout").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("CSV-bestand").SetInputFilesAsync(new FilePayload
        {
            Name = "fouten.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("indicator;gebied;periode;teller;noemer;waarde\nLM10;GM9999;2041;5;50;\nLM10;GM0392;20x1;5;50;\n"),
        });
        await page.GetByLabel("Bron van de cijfers").FillAsync("Testbron");
        await page.GetByRole(AriaRole.Button, new() { Name = "Importeren" }).ClickAsync();
        Assert.Contains("Er is niets opgeslagen", await page.Locator("#importfouten").InnerTextAsync());
        Assert.Equal(2, await page.Locator("main table tbody tr").CountAsync());
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("CSV-bestand").SetInputFilesAsync(new FilePayload
        {
            Name = "goed.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("indicator;gebied;periode;teller;noemer;waarde\nLM10;GM0392;2041;150;1000;\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Importeren" }).ClickAsync();
        Assert.Contains("1 nieuwe", await page.Locator("#importresultaat").InnerTextAsync());
    }
}
