using System.Net;
using Kansrijk.Access.AccessLog;
using Kansrijk.Demo;
using Kansrijk.Pathways;
using Kansrijk.Pathways.HomeVisits;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Pathways;

/// <summary>A clock the test sets: frozen at the start, moved on only when a test says so.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;
    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);
    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>The app on its own database with the test's clock in place of the system clock.</summary>
public class ClockedApp(DatabaseProvider provider) : KansrijkFactory(provider)
{
    // Whole seconds: PostgreSQL keeps microseconds, so a time read back equals the one written.
    public TestClock Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class ClockedSqliteApp() : ClockedApp(DatabaseProvider.Sqlite);

public sealed class ClockedPostgresApp() : ClockedApp(DatabaseProvider.Postgres);

/// <summary>
/// The prenatal home visit: the midwife refers with the home-visit consent (Haarlem offers it to all, so without a reason),
/// the JGZ plans it, records contacts and the outcome and refers on; week 28 without a plan warns; the municipality's
/// choice is set only within a coordinator's scope; anyone but the receiving JGZ is refused and logged.
/// </summary>
public abstract class HomeVisitTests(ClockedApp app)
{
    private TestClock Clock => app.Clock;

    private async Task<int> OpenAsync(HttpClient midwife, string name, DateOnly due, string municipality = "GM0392")
    {
        var response = await midwife.PostFormAsync("/trajecten/nieuw", new Dictionary<string, string>
        {
            ["Name"] = name,
            ["BirthDate"] = Clock.Today.AddYears(-25).ToString("yyyy-MM-dd"),
            ["Phone"] = "06 2222 3333",
            ["MunicipalityCode"] = municipality,
            ["Postcode"] = "2012",
            ["DueDate"] = due.ToString("yyyy-MM-dd"),
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return int.Parse(Forms.PathOf(response.Headers.Location).Split('/').Last());
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await client.TokenAsync("/");
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    private static Task<HttpResponseMessage> ConsentAsync(HttpClient client, int pathway, int offer) =>
        PostAsync(client, $"/trajecten/{pathway}?handler=Consent", new Dictionary<string, string>
        {
            ["ConsentForm.OfferId"] = offer.ToString(),
            ["ConsentForm.GivenBy"] = "Woman",
            ["ConsentForm.Manner"] = "Spoken",
            ["ConsentForm.Language"] = "ar",
            ["ConsentForm.Confirmed"] = "true",
        });

    private static Task<HttpResponseMessage> ReferAsync(HttpClient client, int pathway, int offer, string reason = "") =>
        PostAsync(client, $"/trajecten/{pathway}?handler=Refer", new Dictionary<string, string>
        {
            ["ReferForm.OfferIds"] = offer.ToString(),
            ["ReferForm.Reason"] = reason,
            ["ReferForm.Agreed"] = "De JGZ belt haar voor een afspraak",
            ["ReferForm.ReferrerContact"] = "070 000 0101",
        });

    private static Task<HttpResponseMessage> VisitAsync(HttpClient client, int referral, string handler, Dictionary<string, string> fields) =>
        PostAsync(client, $"/verwijzingen/{referral}/huisbezoek?handler={handler}", fields);

    private async Task<T> DbAsync<T>(Func<KansrijkDb, Task<T>> query)
    {
        await using var scope = app.Scope();
        return await query(scope.ServiceProvider.GetRequiredService<KansrijkDb>());
    }

    private Task<int> OfferAsync(string name) => DbAsync(db => db.Offers.Where(o => o.Name == name).Select(o => o.Id).FirstAsync());

    private Task<int> HomeVisitOfferAsync() => OfferAsync(PathwayDemoData.HomeVisitOffer);

    private Task<int> HaarlemWijkteamOfferAsync() => DbAsync(db => db.Offers.Where(o => o.Organisation!.Name == "Sociaal Wijk Team Haarlem (voorbeeld)").Select(o => o.Id).FirstAsync());

    private Task<Referral> ReferralAsync(int pathway, int offer) => DbAsync(db => db.Set<Referral>().AsNoTracking().Include(r => r.Changes).SingleAsync(r => r.PathwayId == pathway && r.OfferId == offer));

    private Task<HomeVisit> VisitOfAsync(int referral) => DbAsync(db => db.Set<HomeVisit>().AsNoTracking().Include(v => v.Contacts).SingleAsync(v => v.ReferralId == referral));

    private Task<string> UserIdAsync(DemoAccounts.Account account) => DbAsync(async db => (await db.Users.SingleAsync(u => u.Email == account.Email)).Id);

    private async Task<IReadOnlyList<HomeVisitWarnings.Warning>> WarningsForJgzAsync()
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var jgz = await db.Organisations.Where(o => o.Name == PathwayDemoData.Jgz).Select(o => o.Id).SingleAsync();
        return await scope.ServiceProvider.GetRequiredService<HomeVisitWarnings>().ForOrganisationsAsync(new HashSet<int> { jgz }, CancellationToken.None);
    }

    /// <summary>The midwife refers a new woman in Haarlem to the home visit (Haarlem offers it to all: no reason).</summary>
    private async Task<(int Pathway, Referral Referral)> ReferredAsync(HttpClient midwife, string name, DateOnly due)
    {
        var pathway = await OpenAsync(midwife, name + " " + TestNames.Letters(), due);
        var offer = await HomeVisitOfferAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await ConsentAsync(midwife, pathway, offer)).StatusCode);
        var referred = await ReferAsync(midwife, pathway, offer);
        Assert.True(referred.StatusCode == HttpStatusCode.Redirect, await referred.Content.ReadAsStringAsync());
        return (pathway, await ReferralAsync(pathway, offer));
    }

    private static void AssertRefused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/geen-toegang", Forms.PathOf(response.Headers.Location));
    }

    [Fact]
    public async Task A_home_visit_needs_its_own_consent_and_a_withdrawal_stops_it()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var nurse = await DemoLogin.AsAsync(app, DemoAccounts.JgzNurse);
        var pathway = await OpenAsync(midwife, "Hanna Huisbezoek " + TestNames.Letters(), Clock.Today.AddDays(100));
        var offer = await HomeVisitOfferAsync();

        // The page offers it to every woman in Haarlem, with the home-visit explanation.
        var page = WebUtility.HtmlDecode(await midwife.GetStringAsync($"/trajecten/{pathway}?aanbod={offer}&taal=nl"));
        Assert.Contains("alle zwangeren", page);
        Assert.Contains("een huisbezoek tijdens de zwangerschap door de jeugdgezondheidszorg", page);

        // No consent, or a consent of another purpose: no home visit.
        await using (var scope = app.Scope())
        {
            var service = scope.ServiceProvider.GetRequiredService<PathwayService>();
            var wrong = await service.RecordConsentAsync(pathway, ConsentPurpose.Referral, new PathwayService.ConsentInput(offer, ConsentGivenBy.Woman, ConsentManner.Spoken, "nl", true), "test", CancellationToken.None);
            Assert.Contains("huisbezoek", wrong["OfferId"]!);
        }
        var early = WebUtility.HtmlDecode(await (await ReferAsync(midwife, pathway, offer)).Content.ReadAsStringAsync());
        Assert.Contains("geen geldige toestemming voor het prenataal huisbezoek", early);
        Assert.Empty(await DbAsync(db => db.Set<HomeVisit>().Where(v => v.PathwayId == pathway).ToListAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await ConsentAsync(midwife, pathway, offer)).StatusCode);
        var consent = await DbAsync(db => db.Set<Consent>().SingleAsync(c => c.PathwayId == pathway));
        Assert.Equal(ConsentPurpose.HomeVisit, consent.Purpose);
        Assert.Equal("ar", consent.ExplanationLanguage);
        Assert.Equal(HttpStatusCode.Redirect, (await ReferAsync(midwife, pathway, offer)).StatusCode);
        var referral = await ReferralAsync(pathway, offer);
        Assert.Equal(consent.Id, referral.ConsentId);
        await VisitOfAsync(referral.Id);

        var received = WebUtility.HtmlDecode(await nurse.GetStringAsync($"/verwijzingen/{referral.Id}/huisbezoek"));
        Assert.Contains("06 2222 3333", received);
        Assert.Contains("Bezoek plannen", received);
        Assert.Contains(HomeVisitService.OfferedToAllReason, WebUtility.HtmlDecode(await nurse.GetStringAsync($"/verwijzingen/{referral.Id}")));

        // She withdraws: the JGZ no longer sees her details and can record nothing; no new referral on it.
        var form = (await midwife.GetDocumentAsync($"/trajecten/{pathway}")).QuerySelector("form[action*=Withdraw]")!;
        Assert.Equal(HttpStatusCode.Redirect, (await midwife.PostFormAsync($"/trajecten/{pathway}", new Dictionary<string, string>(), "form[action*=Withdraw]", form.GetAttribute("action"))).StatusCode);
        received = WebUtility.HtmlDecode(await nurse.GetStringAsync($"/verwijzingen/{referral.Id}/huisbezoek"));
        Assert.Contains("toestemming voor het huisbezoek ingetrokken", received);
        Assert.DoesNotContain("06 2222 3333", received);
        Assert.DoesNotContain("handler=Plan", received);
        var plan = WebUtility.HtmlDecode(await (await VisitAsync(nurse, referral.Id, "Plan", new() { ["Plan.On"] = Clock.Today.AddDays(3).ToString("yyyy-MM-dd"), ["Plan.Kind"] = "Home" })).Content.ReadAsStringAsync());
        Assert.Contains(HomeVisitService.WithdrawnMessage, plan);
        Assert.Null((await VisitOfAsync(referral.Id)).PlannedOn);
        var again = WebUtility.HtmlDecode(await (await ReferAsync(midwife, pathway, offer)).Content.ReadAsStringAsync());
        Assert.Contains("geen geldige toestemming", again);
        Assert.DoesNotContain(await WarningsForJgzAsync(), w => w.ReferralId == referral.Id);
    }

    [Fact]
    public async Task Planning_contacts_and_the_outcome_move_the_status_on_with_dates_and_who_and_the_jgz_refers_on()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var nurse = await DemoLogin.AsAsync(app, DemoAccounts.JgzNurse);
        var (pathway, referral) = await ReferredAsync(midwife, "Yara Verloop", Clock.Today.AddDays(90));
        var nurseId = await UserIdAsync(DemoAccounts.JgzNurse);
        var at = Clock.Now.UtcDateTime;

        // Planning: an appointment is contact made.
        var past = await VisitAsync(nurse, referral.Id, "Plan", new() { ["Plan.On"] = Clock.Today.AddDays(-1).ToString("yyyy-MM-dd"), ["Plan.Kind"] = "Home" });
        Assert.Contains("vanaf vandaag", WebUtility.HtmlDecode(await past.Content.ReadAsStringAsync()));
        var visit = await VisitOfAsync(referral.Id);
        var planned = await VisitAsync(nurse, referral.Id, "Plan", new() { ["Plan.On"] = Clock.Today.AddDays(7).ToString("yyyy-MM-dd"), ["Plan.Kind"] = "Video", ["Plan.Version"] = visit.Version.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        visit = await VisitOfAsync(referral.Id);
        Assert.Equal(Clock.Today.AddDays(7), visit.PlannedOn);
        Assert.Equal(HomeVisitKind.Video, visit.PlannedKind);
        Assert.Equal(nurseId, visit.PlannedByUserId);
        Assert.Equal<DateTime?>(at, visit.PlannedAt);
        Assert.Equal(ReferralStatus.ContactMade, (await ReferralAsync(pathway, referral.OfferId)).Status);

        // A second tab with the old version does not overwrite the plan unseen.
        var stale = await VisitAsync(nurse, referral.Id, "Plan", new() { ["Plan.On"] = Clock.Today.AddDays(9).ToString("yyyy-MM-dd"), ["Plan.Kind"] = "Home", ["Plan.Version"] = (visit.Version - 1).ToString() });
        var staleHtml = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.True(staleHtml.Contains("Iemand anders heeft dit intussen gewijzigd"), $"{(int)stale.StatusCode} {staleHtml[Math.Max(0, staleHtml.IndexOf("<main", StringComparison.Ordinal))..][..Math.Min(3000, staleHtml.Length - Math.Max(0, staleHtml.IndexOf("<main", StringComparison.Ordinal)))]}");
        Assert.Equal(Clock.Today.AddDays(7), (await VisitOfAsync(referral.Id)).PlannedOn);

        // No outcome before the visit; a contact is not in the future; not reached changes nothing.
        var early = await VisitAsync(nurse, referral.Id, "Outcome", new() { ["Outcome.Kind"] = "NoFurtherCare", ["Outcome.Version"] = visit.Version.ToString() });
        Assert.Contains("Leg eerst een contact vast", WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()));
        var future = await VisitAsync(nurse, referral.Id, "Contact", new() { ["Contact.On"] = Clock.Today.AddDays(1).ToString("yyyy-MM-dd"), ["Contact.Kind"] = "Phone", ["Contact.Result"] = "Done" });
        Assert.Contains("niet in de toekomst", WebUtility.HtmlDecode(await future.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await VisitAsync(nurse, referral.Id, "Contact", new() { ["Contact.On"] = Clock.Today.ToString("yyyy-MM-dd"), ["Contact.Kind"] = "Phone", ["Contact.Result"] = "NotReached" })).StatusCode);
        Assert.Equal(ReferralStatus.ContactMade, (await ReferralAsync(pathway, referral.OfferId)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await VisitAsync(nurse, referral.Id, "Contact", new() { ["Contact.On"] = Clock.Today.ToString("yyyy-MM-dd"), ["Contact.Kind"] = "Home", ["Contact.Result"] = "Done" })).StatusCode);
        visit = await VisitOfAsync(referral.Id);
        Assert.Equal([HomeVisitContactResult.NotReached, HomeVisitContactResult.Done], visit.Contacts.OrderBy(c => c.Id).Select(c => c.Result));
        Assert.All(visit.Contacts, c => Assert.Equal(nurseId, c.ByUserId));

        // The generic status form does not move a home visit.
        var generic = await PostAsync(nurse, $"/verwijzingen/{referral.Id}?handler=Status", new() { ["Status"] = "Completed" });
        Assert.Contains("pagina van het huisbezoek", WebUtility.HtmlDecode(await generic.Content.ReadAsStringAsync()));

        // The outcome: an intervention of the menukaart must be named.
        var unnamed = await VisitAsync(nurse, referral.Id, "Outcome", new() { ["Outcome.Kind"] = "Intervention", ["Outcome.Version"] = visit.Version.ToString() });
        Assert.Contains("Kies de interventie", WebUtility.HtmlDecode(await unnamed.Content.ReadAsStringAsync()));
        var voorZorg = await DbAsync(db => db.Interventions.Where(i => i.Name == "VoorZorg").Select(i => i.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await VisitAsync(nurse, referral.Id, "Outcome", new() { ["Outcome.Kind"] = "Intervention", ["Outcome.InterventionId"] = voorZorg.ToString(), ["Outcome.Version"] = visit.Version.ToString() })).StatusCode);
        visit = await VisitOfAsync(referral.Id);
        Assert.Equal(HomeVisitOutcome.Intervention, visit.Outcome);
        Assert.Equal(voorZorg, visit.OutcomeInterventionId);
        Assert.Equal(nurseId, visit.OutcomeByUserId);
        var done = await ReferralAsync(pathway, referral.OfferId);
        Assert.Equal(ReferralStatus.Completed, done.Status);
        Assert.Equal([ReferralStatus.Registered, ReferralStatus.ContactMade, ReferralStatus.Started, ReferralStatus.Completed], done.Changes.OrderBy(c => c.Id).Select(c => c.Status));
        Assert.All(done.Changes.Skip(1), c => Assert.Equal(nurseId, c.ByUserId));
        Assert.All(done.Changes, c => Assert.Equal(at, c.At));
        Assert.Contains("verwijzing naar een interventie", WebUtility.HtmlDecode(await nurse.GetStringAsync($"/verwijzingen/{referral.Id}/huisbezoek")));
        Assert.Contains("afgerond", await midwife.GetStringAsync($"/trajecten/{pathway}"));

        // Refer on, straight from the outcome: consent and referral together, or neither.
        var wijkteam = await HaarlemWijkteamOfferAsync();
        var fields = new Dictionary<string, string>
        {
            ["ReferOn.OfferId"] = wijkteam.ToString(),
            ["ReferOn.GivenBy"] = "Woman",
            ["ReferOn.Manner"] = "Spoken",
            ["ReferOn.Language"] = "nl",
            ["ReferOn.Reason"] = "Ze zoekt hulp bij de opvoeding van haar oudste",
            ["ReferOn.Agreed"] = "Het wijkteam komt langs na de geboorte",
            ["ReferOn.ReferrerContact"] = "023 000 0101",
        };
        var unconfirmed = await VisitAsync(nurse, referral.Id, "ReferOn", new(fields));
        Assert.Contains("Bevestig dat u de uitleg hebt gegeven", WebUtility.HtmlDecode(await unconfirmed.Content.ReadAsStringAsync()));
        Assert.False(await DbAsync(db => db.Set<Referral>().AnyAsync(r => r.PathwayId == pathway && r.OfferId == wijkteam)));
        AssertRefused(await nurse.GetAsync($"/trajecten/{pathway}")); // not involved in the whole pathway yet

        fields["ReferOn.Confirmed"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await VisitAsync(nurse, referral.Id, "ReferOn", fields)).StatusCode);
        var onward = await ReferralAsync(pathway, wijkteam);
        var jgz = await DbAsync(db => db.Organisations.Where(o => o.Name == PathwayDemoData.Jgz).Select(o => o.Id).SingleAsync());
        Assert.Equal(jgz, onward.ReferrerOrganisationId);
        Assert.Equal(nurseId, onward.ReferrerUserId);
        var onwardConsent = await DbAsync(db => db.Set<Consent>().SingleAsync(c => c.Id == onward.ConsentId));
        Assert.Equal(ConsentPurpose.Referral, onwardConsent.Purpose);
        Assert.Equal(nurseId, onwardConsent.RecordedByUserId);
        Assert.True(await DbAsync(db => db.Set<Involvement>().AnyAsync(i => i.PathwayId == pathway && i.OrganisationId == jgz && i.EndedAt == null)));
        // Now involved: the JGZ sees the pathway (and can withdraw the consent it recorded).
        Assert.Equal(HttpStatusCode.OK, (await nurse.GetAsync($"/trajecten/{pathway}")).StatusCode);
        Assert.Contains("Ondersteuning thuis door het Sociaal Wijk Team", WebUtility.HtmlDecode(await nurse.GetStringAsync($"/verwijzingen/{referral.Id}/huisbezoek")));
    }

    [Fact]
    public async Task Week_28_without_a_plan_warns_the_jgz_and_week_30_is_overdue_on_a_fixed_clock()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        // Week 27 + 6 today.
        var due = Clock.Today.AddDays(12 * 7 + 1);
        var (_, referral) = await ReferredAsync(midwife, "Wendy Week", due);
        Assert.DoesNotContain(await WarningsForJgzAsync(), w => w.ReferralId == referral.Id);

        // One day later she is in week 28 + 0: a warning, on the inbox and on the referral, without her name.
        Clock.Now = Clock.Now.AddDays(1);
        var warning = Assert.Single(await WarningsForJgzAsync(), w => w.ReferralId == referral.Id);
        Assert.False(warning.Overdue);
        Assert.Equal(due, warning.DueDate);
        Assert.Equal(referral.PathwayId, warning.PathwayId);
        Assert.Contains("28 + 0", warning.Text);
        Assert.Contains("vóór week 30", warning.Text);
        Assert.DoesNotContain("Wendy", warning.Text);
        var nurse = await DemoLogin.AsAsync(app, DemoAccounts.JgzNurse); // sessions follow the clock: log in after moving it
        var inbox = WebUtility.HtmlDecode(await nurse.GetStringAsync("/verwijzingen"));
        Assert.Contains(warning.Text, inbox);
        Assert.Contains("nog niet gepland terwijl zij week 28", inbox);
        Assert.Contains(warning.Text, WebUtility.HtmlDecode(await nurse.GetStringAsync($"/verwijzingen/{referral.Id}")));
        Assert.Contains(warning.Text, WebUtility.HtmlDecode(await nurse.GetStringAsync($"/verwijzingen/{referral.Id}/huisbezoek")));

        // Week 30 reached: overdue.
        Clock.Now = Clock.Now.AddDays(14);
        warning = Assert.Single(await WarningsForJgzAsync(), w => w.ReferralId == referral.Id);
        Assert.True(warning.Overdue);
        Assert.Contains("week 30 is voorbij", warning.Text);

        // Planned: no warning any more.
        nurse = await DemoLogin.AsAsync(app, DemoAccounts.JgzNurse);
        var version = (await VisitOfAsync(referral.Id)).Version;
        Assert.Equal(HttpStatusCode.Redirect, (await VisitAsync(nurse, referral.Id, "Plan", new() { ["Plan.On"] = Clock.Today.AddDays(2).ToString("yyyy-MM-dd"), ["Plan.Kind"] = "Home", ["Plan.Version"] = version.ToString() })).StatusCode);
        Assert.DoesNotContain(await WarningsForJgzAsync(), w => w.ReferralId == referral.Id);
    }

    [Fact]
    public async Task The_municipality_setting_is_respected_and_only_set_within_scope()
    {
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var offer = await HomeVisitOfferAsync();
        Assert.Contains("Haarlem", await coordinator.GetStringAsync("/prenataal-huisbezoek"));
        var page = await coordinator.GetDocumentAsync("/prenataal-huisbezoek/GM0392");
        Assert.NotNull(page.QuerySelector("#offered-to-all[checked]"));
        var version = page.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        try
        {
            // Haarlem off: a reason is needed again.
            Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(coordinator, "/prenataal-huisbezoek/GM0392", new() { ["Version"] = version })).StatusCode);
            Assert.False(await DbAsync(db => db.Set<HomeVisitMunicipality>().Where(m => m.MunicipalityCode == "GM0392").Select(m => m.OfferedToAll).SingleAsync()));
            var pathway = await OpenAsync(midwife, "Rosa Reden " + TestNames.Letters(), Clock.Today.AddDays(120));
            Assert.DoesNotContain("alle zwangeren", await midwife.GetStringAsync($"/trajecten/{pathway}"));
            await ConsentAsync(midwife, pathway, offer);
            var without = WebUtility.HtmlDecode(await (await ReferAsync(midwife, pathway, offer)).Content.ReadAsStringAsync());
            Assert.Contains("Schrijf de reden op", without);
            Assert.Equal(HttpStatusCode.Redirect, (await ReferAsync(midwife, pathway, offer, "Eerste kind, weinig steun")).StatusCode);

            // A stale form does not overwrite someone else's choice.
            var stale = await PostAsync(coordinator, "/prenataal-huisbezoek/GM0392", new() { ["OfferedToAll"] = "true", ["Version"] = version });
            Assert.Contains("Iemand anders heeft dit intussen gewijzigd", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()));
        }
        finally
        {
            var current = (await coordinator.GetDocumentAsync("/prenataal-huisbezoek/GM0392")).QuerySelector("input[name=Version]")!.GetAttribute("value")!;
            Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(coordinator, "/prenataal-huisbezoek/GM0392", new() { ["OfferedToAll"] = "true", ["Version"] = current })).StatusCode);
        }
        Assert.True(await DbAsync(db => db.Set<HomeVisitMunicipality>().Where(m => m.MunicipalityCode == "GM0392").Select(m => m.OfferedToAll).SingleAsync()));

        // The attacker's tests: another municipality, a professional, an analyst; refused and logged, nothing stored.
        var started = Clock.Now.UtcDateTime.AddSeconds(-1);
        AssertRefused(await PostAsync(coordinator, "/prenataal-huisbezoek/GM0518", new() { ["OfferedToAll"] = "true" }));
        AssertRefused(await coordinator.GetAsync("/prenataal-huisbezoek/GM0518"));
        AssertRefused(await PostAsync(midwife, "/prenataal-huisbezoek/GM0392", new() { ["OfferedToAll"] = "false" }));
        var analyst = await DemoLogin.AsAsync(app, DemoAccounts.Analyst);
        AssertRefused(await PostAsync(analyst, "/prenataal-huisbezoek/GM0392", new() { ["OfferedToAll"] = "false" }));
        Assert.False(await DbAsync(db => db.Set<HomeVisitMunicipality>().AnyAsync(m => m.MunicipalityCode == "GM0518")));
        Assert.True(await DbAsync(db => db.Set<HomeVisitMunicipality>().Where(m => m.MunicipalityCode == "GM0392").Select(m => m.OfferedToAll).SingleAsync()));
        var denied = await DbAsync(db => db.AccessLog.AsNoTracking()
            .Where(e => e.Outcome == AccessOutcome.Denied && e.ObjectType == HomeVisitSettingModel.ResourceType && e.OccurredAt >= started).ToListAsync());
        Assert.Equal(2, denied.Count(e => e.UserName == DemoAccounts.Coordinator.Email && e.ObjectId == "GM0518"));
        Assert.Contains(denied, e => e.UserName == DemoAccounts.Professional.Email);
        Assert.Contains(denied, e => e.UserName == DemoAccounts.Analyst.Email);
    }

    [Fact]
    public async Task Another_organisation_is_refused_on_every_home_visit_handler_and_each_refusal_is_logged()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var worker = await DemoLogin.AsAsync(app, DemoAccounts.NeighbourhoodWorker);
        var (_, referral) = await ReferredAsync(midwife, "Olga Onbevoegd", Clock.Today.AddDays(95));
        var started = Clock.Now.UtcDateTime.AddSeconds(-1);
        var handlers = new[] { "Plan", "Contact", "Outcome", "Close", "ReferOn" };

        foreach (var client in new[] { worker, midwife }) // another organisation, and the referrer herself
        {
            AssertRefused(await client.GetAsync($"/verwijzingen/{referral.Id}/huisbezoek"));
            foreach (var handler in handlers)
            {
                AssertRefused(await VisitAsync(client, referral.Id, handler, new()
                {
                    ["Plan.On"] = Clock.Today.AddDays(2).ToString("yyyy-MM-dd"),
                    ["Plan.Kind"] = "Home",
                    ["Contact.On"] = Clock.Today.ToString("yyyy-MM-dd"),
                    ["Contact.Kind"] = "Home",
                    ["Contact.Result"] = "Declined",
                    ["Close.Reason"] = "Verhuisd",
                }));
            }
        }
        // An id that does not exist looks the same.
        AssertRefused(await worker.GetAsync("/verwijzingen/999999/huisbezoek"));

        var visit = await VisitOfAsync(referral.Id);
        Assert.Null(visit.PlannedOn);
        Assert.Empty(visit.Contacts);
        Assert.Equal(ReferralStatus.Registered, (await ReferralAsync(referral.PathwayId, referral.OfferId)).Status);
        var id = referral.Id.ToString();
        var denied = await DbAsync(db => db.AccessLog.AsNoTracking()
            .Where(e => e.Outcome == AccessOutcome.Denied && e.ObjectType == "Verwijzing" && e.ObjectId == id && e.OccurredAt >= started).ToListAsync());
        Assert.Equal(handlers.Length + 1, denied.Count(e => e.UserName == DemoAccounts.NeighbourhoodWorker.Email));
        Assert.Equal(handlers.Length + 1, denied.Count(e => e.UserName == DemoAccounts.Professional.Email));
    }
}

[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class HomeVisitSqliteTests(ClockedSqliteApp app) : HomeVisitTests(app), IClassFixture<ClockedSqliteApp>;

[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class HomeVisitPostgresTests(ClockedPostgresApp app) : HomeVisitTests(app), IClassFixture<ClockedPostgresApp>;
