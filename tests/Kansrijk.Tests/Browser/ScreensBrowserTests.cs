using Kansrijk.Demo;
using Kansrijk.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Kansrijk.Tests.Browser;

/// <summary>Every public page and each role's start page on a small phone, a phone and a desktop: no word broken inside,
/// no sideways scrolling of the whole page, wide tables scrolling in their own region; the folding menu; the error summary.</summary>
[Collection(BrowserCollection.Name), Trait(Kinds.Trait, Kinds.Browser)]
public sealed class ScreensBrowserTests(BrowserFixture browser)
{
    public static readonly string[] PublicPages =
    [
        "/", "/monitor", "/monitor/gebied/GM0392", "/monitor/gebied/GG3109", "/monitor/indicator/L12", "/coalities", "/coalities/1",
        "/coalities/interventies", "/zorgpaden", "/zorgpaden/GM0518/financien-en-schulden", "/sociale-kaart?q=schulden",
        "/gebieden", "/gebieden?q=haarlem", "/gebieden/GM0392", "/toegankelijkheid", "/privacy", "/inloggen",
    ];

    /// <summary>
    /// Words (and numbers, dates) whose letters the browser drew on more than one line. A word may wrap after a hyphen
    /// or slash of its own ("GGD-regio") or at a soft hyphen the text sets, except in a number or date; an e-mail address or web address longer than the
    /// line may be broken (that is what overflow-wrap: break-word is for).
    /// </summary>
    private const string BrokenWordsScript = """
        () => {
          const broken = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          let node;
          while ((node = walker.nextNode())) {
            const element = node.parentElement;
            if (!element || element.closest("script, style, svg, .kansrijk-visually-hidden")) continue;
            const text = node.textContent;
            for (const match of text.matchAll(/\S+/g)) {
              const word = match[0];
              if (word.includes("@") || word.includes("://") || word.startsWith("www.")) continue;
              const numeric = /^[\d.,:\/\-–%()€+]+$/.test(word);
              const pieces = numeric ? [[match.index, word]] : [...word.matchAll(/[^\-\/–\u00AD]+[\-\/–\u00AD]?/g)].map(p => [match.index + p.index, p[0]]);
              for (const [start, piece] of pieces) {
                if (piece.length < 2) continue;
                // Chromium counts the hyphen drawn for a soft hyphen to the text after it: measure from its second letter
                range.setStart(node, start > 0 && text[start - 1] === "\u00AD" ? start + 1 : start);
                range.setEnd(node, start + piece.length);
                const tops = new Set([...range.getClientRects()].filter(r => r.width > 1 && r.height > 0).map(r => Math.round(r.top + r.height / 2)));
                if (tops.size > 1) broken.push(piece + " in <" + element.tagName.toLowerCase() + " class='" + element.className + "'>");
              }
            }
          }
          return broken.slice(0, 15);
        }
        """;

    private const string PageOverflowScript = "document.documentElement.scrollWidth - document.documentElement.clientWidth";

    internal static async Task AssertFitsAsync(IPage page, string what, int width)
    {
        var overflow = await page.EvaluateAsync<int>(PageOverflowScript);
        Assert.True(overflow <= 0, $"{what} at {width}px: the page scrolls sideways by {overflow}px");
        var broken = await page.EvaluateAsync<string[]>(BrokenWordsScript);
        Assert.True(broken.Length == 0, $"{what} at {width}px breaks words inside: {string.Join(" | ", broken)}");
    }

    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Public_pages_break_no_word_and_do_not_scroll_sideways(int width)
    {
        var page = await browser.NewPageAsync(width: width, height: 800);
        foreach (var url in PublicPages)
        {
            await page.GotoAsync(url);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await AssertFitsAsync(page, url, width);
        }
    }

    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Start_pages_of_each_role_break_no_word_and_do_not_scroll_sideways(int width)
    {
        var work = new (DemoAccounts.Account Account, string Section, string Link)[]
        {
            (DemoAccounts.Coordinator, "#start-coordinator", "Coalitie Kansrijke Start Haarlem"),
            (DemoAccounts.Professional, "#start-professional", "Sociale kaart van 's-Gravenhage"),
            (DemoAccounts.Analyst, "#start-analyst", "Cijfers importeren (CSV)"),
            (DemoAccounts.PrivacyOfficer, "#start-privacy", "Noodtoegangen controleren"),
        };
        foreach (var (account, section, link) in work)
        {
            var page = await browser.NewPageAsync(width: width, height: 800);
            await BrowserLogin.AsAsync(page, account);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.Equal("Mijn werk", await page.Locator("h1").InnerTextAsync());
            Assert.True(await page.Locator(section).GetByRole(AriaRole.Link, new() { Name = link }).IsVisibleAsync(), $"{account.Email}: {link}");
            Assert.Equal(1, await page.Locator("[id^=start-]").CountAsync());
            await AssertFitsAsync(page, $"start page of {account.Email}", width);
            await Axe.AssertNoViolationsAsync(page);
            await page.Context.CloseAsync();
        }
        var admin = await browser.NewPageAsync(width: width, height: 800);
        await BrowserLogin.AsAdministratorAsync(admin, browser.App);
        Assert.Contains("Toegangslog: in orde", await admin.Locator("#start-administrator").InnerTextAsync());
        await AssertFitsAsync(admin, "start page of the administrator", width);
        await Axe.AssertNoViolationsAsync(admin);
        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task The_monitor_table_on_a_phone_scrolls_inside_a_labelled_focusable_region_and_keeps_years_whole()
    {
        var page = await browser.NewPageAsync(width: 320, height: 740);
        await page.GotoAsync("/monitor/indicator/L12");
        var region = page.Locator("div.kansrijk-table-wrap[role=region]:has(#gemeenten)");
        Assert.Equal("0", await region.GetAttributeAsync("tabindex"));
        Assert.StartsWith("Tabel:", await region.GetAttributeAsync("aria-label"));
        var sizes = await region.EvaluateAsync<int[]>("r => [r.scrollWidth, r.clientWidth]");
        var (scroll, client) = (sizes[0], sizes[1]);
        Assert.True(scroll > client, $"the table of 342 municipalities should scroll inside its region at 320px ({scroll} vs {client})");
        await region.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        // the scroll is smooth (NL Design System root), so wait for it to move
        await page.WaitForFunctionAsync("() => document.getElementById('gemeenten').closest('[role=region]').scrollLeft > 0", null, new() { Timeout = 5000 });
        // each number on one line: the text of a number cell is drawn on one line
        var lines = await page.EvaluateAsync<int>(
            "Math.max(...[...document.querySelectorAll('#gemeenten td.kansrijk-numeric')].slice(0, 50).map(c => { const r = document.createRange(); r.selectNodeContents(c); return new Set([...r.getClientRects()].filter(x => x.width > 0).map(x => Math.round(x.top))).size; }))");
        Assert.Equal(1, lines);
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task On_a_phone_the_navigation_folds_behind_a_menu_button_with_the_social_map_in_it()
    {
        var phone = await browser.NewPageAsync(width: 390, height: 800);
        await phone.GotoAsync("/monitor");
        var nav = phone.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });
        var menu = nav.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        var socialMap = nav.GetByRole(AriaRole.Link, new() { Name = "Sociale kaart" });
        Assert.True(await menu.IsVisibleAsync());
        Assert.Equal("false", await menu.GetAttributeAsync("aria-expanded"));
        Assert.False(await socialMap.IsVisibleAsync());
        await menu.ClickAsync();
        Assert.Equal("true", await menu.GetAttributeAsync("aria-expanded"));
        Assert.True(await socialMap.IsVisibleAsync());
        await Axe.AssertNoViolationsAsync(phone);
        await phone.Keyboard.PressAsync("Escape");
        Assert.False(await socialMap.IsVisibleAsync());
        Assert.Equal("false", await menu.GetAttributeAsync("aria-expanded"));

        var desktop = await browser.NewPageAsync(width: 1280, height: 800);
        await desktop.GotoAsync("/monitor");
        var desktopNav = desktop.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });
        Assert.False(await desktopNav.GetByRole(AriaRole.Button, new() { Name = "Menu" }).IsVisibleAsync());
        Assert.True(await desktopNav.GetByRole(AriaRole.Link, new() { Name = "Sociale kaart" }).IsVisibleAsync());
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task After_a_failed_submit_the_error_summary_is_focused_in_view_and_the_title_begins_with_fout(int width)
    {
        var page = await browser.NewPageAsync(width: width, height: 800);
        await BrowserLogin.AsAsync(page, DemoAccounts.Coordinator);
        await page.GotoAsync("/coalities");
        await page.GetByRole(AriaRole.Link, new() { Name = "Coalitie Kansrijke Start Haarlem" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Begroting, partners en activiteiten bewerken" }).ClickAsync();
        await page.WaitForURLAsync("**/bewerken");
        Assert.DoesNotMatch("^Fout:", await page.TitleAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Begrotingsregel toevoegen" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.StartsWith("Fout: ", await page.TitleAsync());
        Assert.Equal("foutoverzicht", await page.EvaluateAsync<string>("document.activeElement.id"));
        var summary = page.Locator("#foutoverzicht");
        Assert.True(await summary.EvaluateAsync<bool>("s => { const r = s.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }"),
            "the error summary is in view");
        Assert.Equal("H2", await summary.Locator("h2").EvaluateAsync<string>("h => h.tagName"));
        var links = await summary.Locator("li a").AllAsync();
        Assert.True(links.Count >= 2, "all errors at once");
        var source = page.Locator("select#Source");
        Assert.Equal("true", await source.GetAttributeAsync("aria-invalid"));
        Assert.Contains("utrecht-select--invalid", await source.GetAttributeAsync("class") ?? "");
        Assert.NotEqual("none", await source.EvaluateAsync<string>("s => getComputedStyle(s).backgroundImage"));
        await Axe.AssertNoViolationsAsync(page);
    }
}
