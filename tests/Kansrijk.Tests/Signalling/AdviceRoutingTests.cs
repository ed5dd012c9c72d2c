using System.Net;
using Kansrijk.CarePaths;
using Kansrijk.Demo;
using Kansrijk.Geography;
using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Kansrijk.Signalling.Instruments;
using Kansrijk.Signalling.Pages;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Signalling;

/// <summary>
/// Issue 11 item 5 on both databases: the advice on /trajecten/{id}/signalering is routed by the care paths' own rules,
/// by her age from her date of birth at today's date (a fixed clock here) and by the criteria the rules ask, which are
/// asked and never assumed: unanswered means "hangt af van", without "Verwijs".
/// </summary>
public abstract class AdviceRoutingTests(KansrijkFactory app)
{
    private const string Theme = "financien-en-schulden";
    private const string Domain = "geld-en-schulden";
    private const string Situation = "met een betalingsachterstand";
    private static readonly string SituationField = OfferDirectory.SituationPrefix + RoutingQuestion.KeyOf(Situation);
    private static readonly DateOnly Birth = new(2000, 6, 15);
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private sealed class FixedClock(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }

    private sealed record Setup(string Municipality, int Adults, int Insured, int Ruled, int Anyone);

    /// <summary>
    /// A municipality without offers or paths gets four published offers of the theme: one from 18 years, one only for the
    /// insured, one chosen by an agreement of its care path when she is in arrears, and one for anyone.
    /// </summary>
    private async Task<Setup> SetUpAsync()
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var municipality = await db.Areas.Where(a => a.Type == AreaType.Municipality && a.Code != "GM0518" && a.Code != "GM0392"
                && !db.OfferMunicipalities.Any(m => m.MunicipalityCode == a.Code) && !db.CarePaths.Any(p => p.AreaCode == a.Code))
            .OrderBy(a => a.Code).Select(a => a.Code).FirstAsync();
        var theme = await db.RiskThemes.SingleAsync(t => t.Code == Theme);
        var organisation = await db.Organisations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        Offer New(string name, Action<Offer>? with = null)
        {
            var offer = new Offer
            {
                Name = $"{name} {tag}",
                OrganisationId = organisation,
                LastCheckedOn = Today,
                Status = ContentStatus.Published,
                Themes = [new OfferTheme { ThemeId = theme.Id }],
                Municipalities = [new OfferMunicipality { MunicipalityCode = municipality }],
            };
            with?.Invoke(offer);
            db.Offers.Add(offer);
            return offer;
        }
        var adults = New("Geldcursus volwassenen", o => o.MinAge = 18);
        var insured = New("Budgetcoach via de zorgverzekering", o => o.Insurance = InsuranceCriterion.InsuredOnly);
        var ruled = New("Schuldhulp met voorrang");
        var anyone = New("Inloopspreekuur geld");
        await db.SaveChangesAsync();
        db.CarePaths.Add(new CarePath
        {
            AreaCode = municipality,
            ThemeId = theme.Id,
            Status = ContentStatus.Published,
            Rules = [new RoutingRule { Situation = Situation, OfferId = ruled.Id }],
        });
        await db.SaveChangesAsync();
        return new Setup(municipality, adults.Id, insured.Id, ruled.Id, anyone.Id);
    }

    private static async Task<int> OpenPathwayAsync(HttpClient midwife, DateOnly birth)
    {
        var response = await midwife.PostFormAsync("/trajecten/nieuw", new Dictionary<string, string>
        {
            ["Name"] = "Advies Test " + TestNames.Letters(),
            ["BirthDate"] = birth.ToString("yyyy-MM-dd"),
            ["Phone"] = "06 1234 5678",
            ["MunicipalityCode"] = "GM0518",
            ["Postcode"] = "2525",
            ["DueDate"] = Today.AddDays(150).ToString("yyyy-MM-dd"),
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return int.Parse(Forms.PathOf(response.Headers.Location).Split('/').Last());
    }

    private async Task MoveAsync(int pathway, string municipality)
    {
        await using var scope = app.Scope();
        await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Set<Pathway>().Where(p => p.Id == pathway)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.MunicipalityCode, municipality));
    }

    private async Task<HelpNearby.Routed> RouteAsync(int pathway, DateOnly on, Dictionary<string, bool>? answers = null)
    {
        await using var scope = app.Scope();
        var help = ActivatorUtilities.CreateInstance<HelpNearby>(scope.ServiceProvider, (TimeProvider)new FixedClock(on));
        return (await help.RoutedAsync(pathway, [Theme], answers ?? [], default))!;
    }

    private static AdvisedOffer Of(HelpNearby.Routed routed, int offer) => routed.Theme(Theme)!.Offers.Single(o => o.Offer.Id == offer);

    [Fact]
    public async Task Her_age_on_todays_date_decides_which_offers_fit_and_unanswered_criteria_are_never_assumed()
    {
        var setup = await SetUpAsync();
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var pathway = await OpenPathwayAsync(midwife, Birth);
        await MoveAsync(pathway, setup.Municipality);

        // The day before her 18th birthday she is 17: the offer from 18 does not fit, and the page says why.
        var before = await RouteAsync(pathway, Birth.AddYears(18).AddDays(-1));
        Assert.Equal(17, before.Age);
        Assert.Equal(OfferFit.NotForAge, Of(before, setup.Adults).Fit);
        Assert.Contains("18 jaar en ouder", Of(before, setup.Adults).Reason);
        Assert.Equal(OfferFit.Fits, Of(before, setup.Anyone).Fit);
        // Nothing answered: insurance and the situation are asked, and what depends on them waits.
        Assert.Contains(before.Advice.Questions, q => q.Key == OfferDirectory.InsuredKey);
        Assert.Contains(before.Advice.Questions, q => q.Key == SituationField && q.Question.Contains(Situation));
        Assert.Equal((OfferFit.DependsOn, Kansrijk.CarePaths.Routing.InsuranceQuestion), (Of(before, setup.Insured).Fit, Of(before, setup.Insured).Reason));
        Assert.Equal(OfferFit.DependsOn, Of(before, setup.Ruled).Fit);
        Assert.Contains(Situation, Of(before, setup.Ruled).Reason);

        // On her birthday she is 18 and it fits.
        var on = await RouteAsync(pathway, Birth.AddYears(18));
        Assert.Equal(18, on.Age);
        Assert.Equal(OfferFit.Fits, Of(on, setup.Adults).Fit);

        // Answered yes: chosen; answered no: not chosen (and not waiting either).
        var yes = await RouteAsync(pathway, Birth.AddYears(18), new() { [OfferDirectory.InsuredKey] = true, [SituationField] = true });
        Assert.Equal(OfferFit.Fits, Of(yes, setup.Insured).Fit);
        Assert.Equal(OfferFit.Fits, Of(yes, setup.Ruled).Fit);
        var no = await RouteAsync(pathway, Birth.AddYears(18), new() { [OfferDirectory.InsuredKey] = false, [SituationField] = false });
        Assert.Equal(OfferFit.NotChosen, Of(no, setup.Insured).Fit);
        Assert.Equal(OfferFit.NotChosen, Of(no, setup.Ruled).Fit);
    }

    [Fact]
    public async Task The_signalling_page_asks_the_criteria_and_offers_Verwijs_only_for_what_fits_her()
    {
        var setup = await SetUpAsync();
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var pathway = await OpenPathwayAsync(midwife, Today.AddYears(-17).AddDays(-10));
        // An outcome of another instrument with advice on money (the page routes it like a questionnaire).
        await using (var scope = app.Scope())
        {
            var published = await scope.ServiceProvider.GetRequiredService<InstrumentService>().PublishedAsync(DefaultInstrument.Key, default);
            var fields = published!.Value.Definition.Domains.ToDictionary(d => $"Results[{d.Key}]", d => d.Key == Domain ? "advies" : "geen");
            fields["Instrument"] = "MindzCare";
            fields["Date"] = Today.ToString("yyyy-MM-dd");
            var saved = await midwife.PostFormAsync($"/trajecten/{pathway}/signalering/extern", fields);
            Assert.StartsWith($"/trajecten/{pathway}/signalering#", Forms.PathOf(saved.Headers.Location));
        }
        await MoveAsync(pathway, setup.Municipality);

        var page = await midwife.GetDocumentAsync($"/trajecten/{pathway}/signalering");
        var form = page.QuerySelector("form#routering")!;
        Assert.NotNull(form.QuerySelector($"select[name={OfferDirectory.InsuredKey}]"));
        Assert.NotNull(form.QuerySelector($"select[name='{SituationField}']"));
        Assert.Contains("Zij is 17 jaar", page.QuerySelector("#aanbod")!.TextContent);
        var insured = page.QuerySelector($"li[data-offer='{setup.Insured}']")!;
        Assert.Equal("DependsOn", insured.GetAttribute("data-fit"));
        Assert.Contains("hangt af van", insured.TextContent);
        Assert.Null(insured.QuerySelector("a[href*='aanbod=']"));
        Assert.Equal("DependsOn", page.QuerySelector($"li[data-offer='{setup.Ruled}']")!.GetAttribute("data-fit"));
        Assert.NotNull(page.QuerySelector($"li[data-offer='{setup.Anyone}'] a[href='/trajecten/{pathway}?aanbod={setup.Anyone}#toestemming']"));
        // Not for her age: counted and explained, never with "Verwijs".
        var adults = page.QuerySelector($"details li[data-offer='{setup.Adults}']")!;
        Assert.Contains("18 jaar en ouder", adults.TextContent);
        Assert.Null(adults.QuerySelector("a"));
        Assert.Contains(page.QuerySelectorAll("details summary"), s => s.TextContent.Contains("aanbod past niet bij haar leeftijd (17 jaar)"));

        // Answering the questions is a GET: not stored, not cached.
        var answered = await midwife.GetAsync($"/trajecten/{pathway}/signalering?{OfferDirectory.InsuredKey}=ja&{SituationField}=nee");
        Assert.Contains("no-store", answered.Headers.CacheControl?.ToString());
        var after = await Forms.ParseAsync(answered);
        Assert.NotNull(after.QuerySelector($"li[data-offer='{setup.Insured}'][data-fit=Fits] a[href='/trajecten/{pathway}?aanbod={setup.Insured}#toestemming']"));
        Assert.Null(after.QuerySelector($"li[data-offer='{setup.Ruled}'] a"));
        Assert.Equal("NotChosen", after.QuerySelector($"li[data-offer='{setup.Ruled}']")!.GetAttribute("data-fit"));
        Assert.Equal("ja", after.QuerySelector($"select[name={OfferDirectory.InsuredKey}] option[selected]")!.GetAttribute("value"));
    }
}

[Collection(SqliteCollection.Name)]
[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class AdviceRoutingSqliteTests(SqliteApp app) : AdviceRoutingTests(app);

[Collection(PostgresCollection.Name)]
[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class AdviceRoutingPostgresTests(PostgresApp app) : AdviceRoutingTests(app);
