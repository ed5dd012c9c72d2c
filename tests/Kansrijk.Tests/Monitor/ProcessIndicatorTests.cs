using System.Globalization;
using System.Text.Json;
using Kansrijk.Demo;
using Kansrijk.Monitor;
using Kansrijk.Pathways;
using Kansrijk.Pathways.HomeVisits;
using Kansrijk.Platform.Database;
using Kansrijk.Signalling.Instruments;
using Kansrijk.Signalling.Responses;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Monitor;

/// <summary>
/// The process indicators come from the pathways through their count contract, go through the monitor's suppression
/// like every figure, carry the source "Kansrijk-trajecten", and a second count with nothing new changes nothing.
/// Each test uses its own year, so tests sharing the app (and the demo's referrals of this year) do not meet.
/// </summary>
public abstract class ProcessIndicatorTests(KansrijkFactory app)
{
    /// <summary>Adds fictional referrals made on 1 March of the year; the first <paramref name="completed"/> are completed, referral i had contact after i days.</summary>
    private async Task<List<int>> SeedAsync(string municipality, int year, int count, int completed, Func<int, DateOnly, DateOnly?>? homeVisitDone = null)
    {
        var pathways = new List<int>();
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var protector = scope.ServiceProvider.GetRequiredService<ClientDataProtector>();
        var organisation = await db.Organisations.Where(o => o.Name == PathwayDemoData.MidwifePractice).Select(o => o.Id).SingleAsync();
        var offer = await db.Offers.Where(o => o.Organisation!.Name == PathwayDemoData.DenHaagWorkerOrganisation).Select(o => new { o.Id, o.OrganisationId }).FirstAsync();
        var user = await db.Users.Select(u => u.Id).FirstAsync();
        var made = new DateTime(year, 3, 1, 9, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < count; i++)
        {
            var name = $"Telling {municipality} {year} {i}";
            var birth = new DateOnly(1995, 1, 1);
            var pathway = new Pathway
            {
                OrganisationId = organisation,
                OpenedByUserId = user,
                OpenedAt = made,
                IsFictional = true,
                NameEncrypted = protector.Protect(ClientFields.Name, name),
                BirthDateEncrypted = protector.Protect(ClientFields.BirthDate, birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                IdentityHash = protector.IdentityHash(name, birth),
                MunicipalityCode = municipality,
                Postcode4 = "9999",
                DueDate = DateOnly.FromDateTime(made).AddDays(150),
            };
            pathway.Involvements.Add(new Involvement { OrganisationId = organisation, StartedAt = made });
            var consent = new Consent
            {
                Purpose = ConsentPurpose.Referral,
                ReceiverOrganisationId = offer.OrganisationId,
                OfferId = offer.Id,
                ExplanationLanguage = "nl",
                ExplanationVersion = "1",
                GivenAt = made,
                RecordedByUserId = user,
            };
            pathway.Consents.Add(consent);
            db.Add(pathway);
            await db.SaveChangesAsync();
            pathways.Add(pathway.Id);
            var contact = made.AddDays(i + 1);
            var referral = new Referral
            {
                PathwayId = pathway.Id,
                OfferId = offer.Id,
                ReceiverOrganisationId = offer.OrganisationId,
                ReferrerOrganisationId = organisation,
                ConsentId = consent.Id,
                ReasonEncrypted = protector.Protect(ClientFields.Reason, "telling"),
                AgreedEncrypted = protector.Protect(ClientFields.Agreed, "telling"),
                ReferrerUserId = user,
                ReferrerContact = "070 000 0101",
                CreatedAt = made,
                UpdatedAt = contact,
                Status = i < completed ? ReferralStatus.Completed : ReferralStatus.ContactMade,
            };
            referral.Changes.Add(new ReferralStatusChange { Status = ReferralStatus.Registered, At = made, ByUserId = user });
            referral.Changes.Add(new ReferralStatusChange { Status = ReferralStatus.ContactMade, At = contact, ByUserId = user });
            if (i < completed) referral.Changes.Add(new ReferralStatusChange { Status = ReferralStatus.Completed, At = contact.AddDays(30), ByUserId = user });
            db.Add(referral);
            await db.SaveChangesAsync();
            if (homeVisitDone is null) continue;
            // a referral to the prenatal home visit; homeVisitDone gives the day of the visit (from the due date), or none
            var visit = new HomeVisit { ReferralId = referral.Id, PathwayId = pathway.Id };
            if (homeVisitDone(i, pathway.DueDate) is { } on)
                visit.Contacts.Add(new HomeVisitContact { PathwayId = pathway.Id, On = on, Kind = HomeVisitKind.Home, Result = HomeVisitContactResult.Done, RecordedAt = made, ByUserId = user });
            db.Add(visit);
            await db.SaveChangesAsync();
        }
        return pathways;
    }

    /// <summary>A submitted questionnaire of the built-in instrument for each pathway, on the given day of the year (the referrals are of 1 March).</summary>
    private async Task ScreenAsync(IEnumerable<int> pathways, DateTime submitted, string answers)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var protector = scope.ServiceProvider.GetRequiredService<ClientDataProtector>();
        var version = await db.InstrumentVersions.Where(v => v.Instrument!.Key == DefaultInstrument.Key).Select(v => v.Id).FirstAsync();
        foreach (var pathway in pathways)
        {
            db.SignallingResponses.Add(new SignallingResponse
            {
                PathwayId = pathway,
                InstrumentVersionId = version,
                Language = "nl",
                FilledBy = FilledBy.Woman,
                AnswersEncrypted = protector.Protect(SelfReportService.AnswersField, answers),
                StartedAt = submitted,
                SubmittedAt = submitted,
            });
        }
        await db.SaveChangesAsync();
    }

    private async Task<int> RefreshAsync()
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<ProcessIndicators>().RefreshAsync("test", CancellationToken.None);
    }

    private async Task<JsonElement?> ValueAsync(string indicator, string area, int year) =>
        (await app.NewClient().GetAllItemsAsync($"/api/v1/monitor/values?indicator={indicator}&area={area}&period={year}"))
            .Cast<JsonElement?>().FirstOrDefault(v => v!.Value.GetProperty("area").GetString() == area);

    [Fact]
    public async Task Completed_referrals_and_the_median_days_to_first_contact_reach_the_monitor_suppressed_like_every_figure()
    {
        // each in a year of its own: a hidden count beside a shown one would (rightly) hide more by secondary suppression
        const int year = 2019, small = 2017;
        await SeedAsync("GM0014", year, 24, 12);   // Groningen: 12 of 24 completed, contact after 1..24 days
        await SeedAsync("GM0034", small, 12, 3);   // Almere: 3 completed, too few to show
        Assert.True(await RefreshAsync() > 0);

        var groningen = (await ValueAsync(ProcessIndicators.ReferralsCompleted, "GM0014", year))!.Value;
        Assert.False(groningen.GetProperty("suppressed").GetBoolean());
        Assert.Equal((12, 24), (groningen.GetProperty("numerator").GetInt64(), groningen.GetProperty("denominator").GetInt64()));
        Assert.Equal(50m, groningen.GetProperty("value").GetDecimal());
        Assert.Equal(IndicatorCatalogue.Pathways, groningen.GetProperty("source").GetString());

        var almere = (await ValueAsync(ProcessIndicators.ReferralsCompleted, "GM0034", small))!.Value;
        Assert.True(almere.GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, almere.GetProperty("numerator").ValueKind);

        // median of 1..24 days is 12.5, for Groningen, its province and the country; Almere's 12 with contact give 6.5
        Assert.Equal(12.5m, (await ValueAsync(ProcessIndicators.DaysToFirstContact, "GM0014", year))!.Value.GetProperty("value").GetDecimal());
        Assert.Equal(12.5m, (await ValueAsync(ProcessIndicators.DaysToFirstContact, "NL01", year))!.Value.GetProperty("value").GetDecimal());
        Assert.Equal(6.5m, (await ValueAsync(ProcessIndicators.DaysToFirstContact, "GM0034", small))!.Value.GetProperty("value").GetDecimal());

        var page = await app.NewClient().GetDocumentAsync($"/monitor/indicator/{ProcessIndicators.ReferralsCompleted}?periode={year}");
        Assert.Contains("Verwijzingen via Kansrijk die zijn afgerond", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Referrals_made_and_completed_are_counted_per_theme_of_the_offer_and_suppressed_like_every_figure()
    {
        const int year = 2015, small = 2014;
        await SeedAsync("GM0014", year, 24, 12);
        await SeedAsync("GM0034", small, 12, 3);
        Assert.True(await RefreshAsync() > 0);
        string[] themes;
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            var offer = await db.Offers.Where(o => o.Organisation!.Name == PathwayDemoData.DenHaagWorkerOrganisation).Select(o => o.Id).FirstAsync();
            themes = [.. (await scope.ServiceProvider.GetRequiredService<Kansrijk.CarePaths.OfferDirectory>().ThemeCodesAsync([offer], CancellationToken.None))[offer]];
        }
        Assert.NotEmpty(themes);
        var builtIn = Kansrijk.CarePaths.OfferDirectory.BuiltInThemes.Select(t => t.Code).ToList();
        foreach (var theme in themes.Where(builtIn.Contains))
        {
            var code = ProcessIndicators.ReferralsCompletedInTheme(builtIn.IndexOf(theme));
            var groningen = (await ValueAsync(code, "GM0014", year))!.Value;
            Assert.False(groningen.GetProperty("suppressed").GetBoolean());
            Assert.Equal((12, 24), (groningen.GetProperty("numerator").GetInt64(), groningen.GetProperty("denominator").GetInt64()));
            Assert.Equal(IndicatorCatalogue.Pathways, groningen.GetProperty("source").GetString());
            var almere = (await ValueAsync(code, "GM0034", small))!.Value;
            Assert.True(almere.GetProperty("suppressed").GetBoolean());
            Assert.Equal(JsonValueKind.Null, almere.GetProperty("numerator").ValueKind);
        }
        // A theme the offer does not have gets no figure from these referrals.
        var other = ProcessIndicators.ReferralsCompletedInTheme(builtIn.FindIndex(t => !themes.Contains(t)));
        Assert.Null(await ValueAsync(other, "GM0014", year));
        // Each theme has a definition in the catalogue, as a share with threshold 10, from the pathways.
        var first = Assert.Single(IndicatorCatalogue.Builtin, i => i.Code == ProcessIndicators.ReferralsCompletedInTheme(0));
        Assert.Equal((IndicatorSet.Process, IndicatorUnit.Percentage, ValueOrigin.Pathways, 10), (first.Set, first.Unit, first.Origin, first.SuppressionThreshold));
        Assert.Contains(Kansrijk.CarePaths.OfferDirectory.BuiltInThemes[0].Name, first.DenominatorDescription);
        var page = await app.NewClient().GetDocumentAsync($"/monitor/indicator/{ProcessIndicators.ReferralsCompletedInTheme(builtIn.IndexOf(themes.First(builtIn.Contains)))}?periode={year}");
        Assert.Contains("Verwijzingen via Kansrijk die zijn afgerond:", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Screening_its_advice_per_domain_and_the_referral_after_it_reach_the_monitor_suppressed_like_every_figure()
    {
        const int year = 2012, small = 2011;
        const string debts = """{"geld-schulden":"ja","middelen-roken":"nee"}""", none = """{"geld-schulden":"nee","middelen-roken":"nee"}""";
        DateTime On(int y, int month) => new(y, month, 1, 10, 0, 0, DateTimeKind.Utc);
        // 12 with debts on 1 February (week 14, before their referral of 1 March), 12 with debts on 1 April (week 22,
        // after it), 12 without a signal on 1 February: shares of 24/36 and 12/24, far enough from 0 and from all
        await ScreenAsync(await SeedAsync("GM0014", year, 12, 0), On(year, 2), debts);
        await ScreenAsync(await SeedAsync("GM0014", year, 12, 0), On(year, 4), debts);
        await ScreenAsync(await SeedAsync("GM0014", year, 12, 0), On(year, 2), none);
        await ScreenAsync(await SeedAsync("GM0034", small, 3, 0), On(small, 2), debts);
        Assert.True(await RefreshAsync() > 0);

        async Task<(long, long?)> Counts(string code, string area, int y)
        {
            var v = (await ValueAsync(code, area, y))!.Value;
            Assert.False(v.GetProperty("suppressed").GetBoolean());
            Assert.Equal(IndicatorCatalogue.Pathways, v.GetProperty("source").GetString());
            var denominator = v.GetProperty("denominator");
            return (v.GetProperty("numerator").GetInt64(), denominator.ValueKind == JsonValueKind.Null ? null : denominator.GetInt64());
        }
        Assert.Equal((36L, (long?)null), await Counts(ProcessIndicators.Screened, "GM0014", year));
        Assert.Equal((24L, (long?)36), await Counts(ProcessIndicators.ScreenedEarly, "GM0014", year));
        Assert.Equal((24L, (long?)36), await Counts(ProcessIndicators.ScreenedWithAdvice, "GM0014", year));
        var domains = Kansrijk.Signalling.SignallingCounts.Domains.Select(d => d.Key).ToList();
        Assert.Equal((24L, (long?)36), await Counts(ProcessIndicators.ScreenedWithAdviceInDomain(domains.IndexOf("geld-en-schulden")), "GM0014", year));
        // nobody had advice on smoking: a count of 0 is below the threshold and hidden like any small count
        Assert.True((await ValueAsync(ProcessIndicators.ScreenedWithAdviceInDomain(domains.IndexOf("roken-alcohol-en-drugs")), "GM0014", year))!.Value.GetProperty("suppressed").GetBoolean());
        Assert.Equal((12L, (long?)24), await Counts(ProcessIndicators.AdviceFollowedByReferral, "GM0014", year));

        // three women in Almere: too few to show
        var almere = (await ValueAsync(ProcessIndicators.Screened, "GM0034", small))!.Value;
        Assert.True(almere.GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, almere.GetProperty("numerator").ValueKind);

        var discussed = Assert.Single(IndicatorCatalogue.Builtin, i => i.Code == ProcessIndicators.DiscussedInCaseMeeting);
        Assert.Equal((IndicatorSet.Process, IndicatorUnit.Count, ValueOrigin.Pathways, 10), (discussed.Set, discussed.Unit, discussed.Origin, discussed.SuppressionThreshold));
        var page = await app.NewClient().GetDocumentAsync($"/monitor/indicator/{ProcessIndicators.ScreenedWithAdviceInDomain(domains.IndexOf("geld-en-schulden"))}?periode={year}");
        Assert.Contains("Signalering met advies: geld en schulden", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Prenatal_home_visits_offered_done_and_done_before_week_30_are_counted()
    {
        const int year = 2016;
        // 45 offered in Rotterdam: 12 visited in week 29, 12 in week 31, 21 not visited (every count and remainder at
        // least 10, so none is suppressed)
        await SeedAsync("GM0599", year, 45, 0, (i, due) => i switch { < 12 => due.AddDays(-77), < 24 => due.AddDays(-63), _ => null });
        await RefreshAsync();

        var done = (await ValueAsync(ProcessIndicators.HomeVisitsDone, "GM0599", year))!.Value;
        Assert.Equal((24, 45), (done.GetProperty("numerator").GetInt64(), done.GetProperty("denominator").GetInt64()));
        var early = (await ValueAsync(ProcessIndicators.HomeVisitsBeforeWeek30, "GM0599", year))!.Value;
        Assert.Equal((12, 24), (early.GetProperty("numerator").GetInt64(), early.GetProperty("denominator").GetInt64()));
        Assert.Equal(50m, early.GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task Counting_again_without_news_changes_nothing_and_a_change_keeps_the_old_figure_in_the_history()
    {
        const int year = 2018;
        await SeedAsync("GM0363", year, 20, 10);
        await RefreshAsync();
        Assert.Equal(0, await RefreshAsync());

        await SeedAsync("GM0363", year, 1, 1);
        Assert.True(await RefreshAsync() > 0);
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var value = await db.IndicatorValues.AsNoTracking().SingleAsync(v => v.IndicatorCode == ProcessIndicators.ReferralsCompleted && v.AreaCode == "GM0363" && v.Period == "2018");
        Assert.Equal((11L, 21L), (value.Numerator!.Value, value.Denominator!.Value));
        var old = await db.IndicatorValueHistory.AsNoTracking().SingleAsync(h => h.IndicatorCode == ProcessIndicators.ReferralsCompleted && h.AreaCode == "GM0363" && h.Period == "2018");
        Assert.Equal((10L, 20L), (old.Numerator!.Value, old.Denominator!.Value));
        Assert.Equal(IndicatorCatalogue.Pathways, (await db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == value.ImportBatchId)).Source);
    }

    [Fact]
    public async Task An_import_cannot_write_municipal_figures_of_a_process_indicator()
    {
        var analyst = await DemoLogin.AsAsync(app, DemoAccounts.Analyst);
        var response = await MonitorImportTests.PostCsvAsync(analyst,
            $"indicator;gebied;periode;teller;noemer;waarde\n{ProcessIndicators.ReferralsCompleted};GM0392;2017;5;10;\n");
        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("trajecten in Kansrijk", await response.Content.ReadAsStringAsync());
    }
}

[Collection(SqliteCollection.Name)]
[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class SqliteProcessIndicatorTests(SqliteApp app) : ProcessIndicatorTests(app);

[Collection(PostgresCollection.Name)]
[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class PostgresProcessIndicatorTests(PostgresApp app) : ProcessIndicatorTests(app);
