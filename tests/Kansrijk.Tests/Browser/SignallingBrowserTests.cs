using Kansrijk.Demo;
using Kansrijk.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kansrijk.Tests.Browser;

/// <summary>The woman's questionnaire on a phone in Dutch and in Arabic, and the professional's summary to "Verwijs".</summary>
[Collection(BrowserCollection.Name), Trait(Kinds.Trait, Kinds.Browser)]
public sealed class SignallingBrowserTests(BrowserFixture browser)
{
    private static async Task<string> NewCodeAsync(IPage professional)
    {
        await professional.GetByRole(AriaRole.Button, new() { Name = "Nieuwe code maken" }).ClickAsync();
        return (await professional.Locator(".kansrijk-code strong").InnerTextAsync()).Trim();
    }

    /// <summary>Axe-clean and no sideways scroll at 390 px; her own pages also at 320 px.</summary>
    private static async Task AssertFitsAsync(IPage page, bool alsoNarrowest = true)
    {
        await Axe.AssertNoViolationsAsync(page);
        await Layout.AssertNoSidewaysScrollAsync(page);
        if (!alsoNarrowest) return;
        await page.SetViewportSizeAsync(320, 700);
        await Layout.AssertNoSidewaysScrollAsync(page);
        await page.SetViewportSizeAsync(390, 844);
    }

    [Fact]
    public async Task She_answers_on_a_phone_in_dutch_and_in_arabic_and_the_professional_refers_from_the_summary()
    {
        var professional = await browser.NewPageAsync(390, 844);
        await BrowserLogin.AsAsync(professional, DemoAccounts.Professional);
        await professional.GotoAsync("/trajecten");
        await professional.GetByRole(AriaRole.Link, new() { Name = "Fenna Fictief" }).First.ClickAsync();
        await professional.GetByRole(AriaRole.Link, new() { Name = "Signalering: vragenlijst voor haar en haar antwoorden" }).ClickAsync();
        var dutchCode = await NewCodeAsync(professional);
        await AssertFitsAsync(professional, alsoNarrowest: true);
        Assert.Equal(1, await professional.GetByRole(AriaRole.Link, new() { Name = "Uitkomst van een ander instrument vastleggen" }).CountAsync());

        var woman = await browser.NewPageAsync(390, 844);
        await woman.GotoAsync("/vragenlijst");
        await AssertFitsAsync(woman);
        await woman.GetByLabel("Uw code").FillAsync(dutchCode);
        await woman.GetByRole(AriaRole.Button, new() { Name = "Verder" }).ClickAsync();
        await woman.GetByLabel("Nederlands").CheckAsync();
        await AssertFitsAsync(woman);
        await woman.GetByRole(AriaRole.Button, new() { Name = "Beginnen" }).ClickAsync();
        await woman.GetByText("Stap 1 van 11").WaitForAsync();
        await AssertFitsAsync(woman);
        await woman.GetByRole(AriaRole.Button, new() { Name = "Opslaan en verder" }).ClickAsync();
        await woman.GetByText("Stap 2 van 11").WaitForAsync();
        await woman.Locator("#v-geld-schulden-ja").CheckAsync();
        await woman.GetByRole(AriaRole.Button, new() { Name = "Opslaan en verder" }).ClickAsync();
        // Her answer opened the follow-up and the wish for help on the same step.
        await woman.Locator("[id='vraag-wens:geld-en-schulden']").WaitForAsync();
        await AssertFitsAsync(woman);
        await woman.GotoAsync("/vragenlijst?stap=12");
        await AssertFitsAsync(woman);
        await woman.GetByRole(AriaRole.Button, new() { Name = "Versturen" }).ClickAsync();
        await woman.GetByRole(AriaRole.Heading, new() { Name = "Ons advies" }).WaitForAsync();
        Assert.Contains("zorgen over geld", await woman.Locator("main").InnerTextAsync());
        await AssertFitsAsync(woman);

        var arabicCode = await NewCodeAsync(professional);
        var arabic = await browser.NewPageAsync(390, 844);
        await arabic.GotoAsync("/vragenlijst?code=" + arabicCode);
        await arabic.GetByLabel("العربية").CheckAsync();
        await arabic.Locator("form button[type=submit]").ClickAsync();
        await arabic.Locator("input[name='gesteld']").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.Equal("rtl", await arabic.Locator("html").GetAttributeAsync("dir"));
        Assert.Equal("ar", await arabic.Locator("html").GetAttributeAsync("lang"));
        await AssertFitsAsync(arabic);

        await professional.GotoAsync(professional.Url.Split('?')[0]);
        var verwijs = professional.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Verwijs") }).First;
        var href = await verwijs.GetAttributeAsync("href");
        var offer = href!.Split("aanbod=")[1].Split('#')[0];
        await verwijs.ClickAsync();
        await professional.Locator("#toestemming").WaitForAsync();
        Assert.Equal(offer, await professional.GetByLabel("Waarvoor vraagt u toestemming").InputValueAsync());
    }

    [Fact]
    public async Task The_professional_fills_it_in_with_her_during_a_consult_and_a_wrong_number_is_shown_at_the_field()
    {
        var professional = await browser.NewPageAsync(390, 844);
        await BrowserLogin.AsAsync(professional, DemoAccounts.Professional);
        await professional.GotoAsync("/trajecten");
        await professional.GetByRole(AriaRole.Link, new() { Name = "Fenna Fictief" }).First.ClickAsync();
        await professional.GetByRole(AriaRole.Link, new() { Name = "Signalering: vragenlijst voor haar en haar antwoorden" }).ClickAsync();
        var signalling = professional.Url.Split('?', '#')[0];
        await professional.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("samen invullen", System.Text.RegularExpressions.RegexOptions.IgnoreCase) }).ClickAsync();
        await AssertFitsAsync(professional);
        await professional.GetByLabel("العربية").CheckAsync();
        await professional.GetByRole(AriaRole.Button, new() { Name = "Beginnen", Exact = true }).ClickAsync();
        await professional.GetByText("Stap 1 van 11").WaitForAsync();
        Assert.Equal("nl", await professional.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("rtl", await professional.Locator("h1 span[lang=ar]").GetAttributeAsync("dir"));
        await AssertFitsAsync(professional);

        await professional.GotoAsync(signalling + "/invullen?stap=7");
        await professional.Locator("#v-zwanger-eerste-afspraak").FillAsync("99");
        await professional.GetByRole(AriaRole.Button, new() { Name = "Opslaan en verder", Exact = true }).ClickAsync();
        await professional.Locator("#foutoverzicht").WaitForAsync();
        Assert.StartsWith("Fout:", await professional.TitleAsync());
        await professional.WaitForFunctionAsync("document.activeElement && document.activeElement.id === 'foutoverzicht'");
        Assert.Equal("99", await professional.Locator("#v-zwanger-eerste-afspraak").InputValueAsync());
        await AssertFitsAsync(professional);
        await professional.Locator("#v-zwanger-eerste-afspraak").FillAsync("12");
        await professional.GetByRole(AriaRole.Button, new() { Name = "Opslaan en verder", Exact = true }).ClickAsync();
        await professional.GetByText("Stap 8 van 11").WaitForAsync();

        await professional.GotoAsync(signalling + "/invullen?stap=12");
        await professional.GetByRole(AriaRole.Heading, new() { Name = "Antwoorden nakijken" }).WaitForAsync();
        await AssertFitsAsync(professional);
        await professional.GetByRole(AriaRole.Button, new() { Name = "Versturen", Exact = true }).ClickAsync();
        await professional.Locator("#opgeslagen").WaitForAsync();
        Assert.Contains("ingevuld door Vera Verloskundige tijdens consult", await professional.Locator("main").InnerTextAsync());
        await AssertFitsAsync(professional, alsoNarrowest: true);
    }

    [Fact]
    public async Task A_wrong_number_on_her_own_page_is_shown_at_the_field_with_the_summary_focused()
    {
        var professional = await browser.NewPageAsync(390, 844);
        await BrowserLogin.AsAsync(professional, DemoAccounts.Professional);
        await professional.GotoAsync("/trajecten");
        await professional.GetByRole(AriaRole.Link, new() { Name = "Fenna Fictief" }).First.ClickAsync();
        await professional.GetByRole(AriaRole.Link, new() { Name = "Signalering: vragenlijst voor haar en haar antwoorden" }).ClickAsync();
        var code = await NewCodeAsync(professional);
        // A reload of the page with the code makes no new code and does not show it again.
        await professional.ReloadAsync();
        Assert.Equal(0, await professional.Locator(".kansrijk-code").CountAsync());

        var woman = await browser.NewPageAsync(390, 844);
        await woman.GotoAsync("/vragenlijst?code=" + code);
        await woman.GetByLabel("Nederlands").CheckAsync();
        await woman.GetByRole(AriaRole.Button, new() { Name = "Beginnen" }).ClickAsync();
        await woman.GotoAsync("/vragenlijst?stap=7");
        await woman.Locator("#v-zwanger-eerste-afspraak").FillAsync("drie");
        await woman.GetByRole(AriaRole.Button, new() { Name = "Opslaan en verder" }).ClickAsync();
        await woman.Locator("#foutoverzicht").WaitForAsync();
        Assert.StartsWith("Fout:", await woman.TitleAsync());
        await woman.WaitForFunctionAsync("document.activeElement && document.activeElement.id === 'foutoverzicht'");
        Assert.Equal("drie", await woman.Locator("#v-zwanger-eerste-afspraak").InputValueAsync());
        await AssertFitsAsync(woman);
    }
}
