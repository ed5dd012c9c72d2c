using System.Net;
using Kansrijk.Access.AccessLog;
using Kansrijk.Demo;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Pathways;

/// <summary>
/// Break-the-glass lasts 24 hours on the app's clock: open just before the end, refused (and the refusal logged) just after.
/// The rest of break-the-glass (reason, flag, privacy officer) is in <see cref="InvolvementAccessTests"/>.
/// </summary>
public abstract class EmergencyAccessClockTests(ClockedApp app)
{
    private TestClock Clock => app.Clock;

    [Fact]
    public async Task Break_the_glass_ends_24_hours_after_it_was_asked_on_the_apps_clock()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var opened = await midwife.PostFormAsync("/trajecten/nieuw", new Dictionary<string, string>
        {
            ["Name"] = "Noor Nacht " + TestNames.Letters(),
            ["BirthDate"] = Clock.Today.AddYears(-25).ToString("yyyy-MM-dd"),
            ["Phone"] = "06 4444 5555",
            ["MunicipalityCode"] = "GM0392",
            ["Postcode"] = "2012",
            ["DueDate"] = Clock.Today.AddDays(100).ToString("yyyy-MM-dd"),
        });
        Assert.True(opened.StatusCode == HttpStatusCode.Redirect, await opened.Content.ReadAsStringAsync());
        var pathway = int.Parse(Forms.PathOf(opened.Headers.Location).Split('/').Last());
        Assert.Contains("Er loopt nu geen noodtoegang.", await PrivacyStartAsync());
        var nurse = await DemoLogin.AsAsync(app, DemoAccounts.JgzNurse);
        var asked = await PostAsync(nurse, $"/trajecten/{pathway}/noodtoegang", new() { ["Reason"] = "Ze is hier met klachten en ik moet haar verloskundige weten" });
        Assert.Equal($"/trajecten/{pathway}", Forms.PathOf(asked.Headers.Location));
        Assert.Equal(HttpStatusCode.OK, (await nurse.GetAsync($"/trajecten/{pathway}")).StatusCode);
        // Her privacy officer's start page counts it (no pathway, no reason there).
        var start = await PrivacyStartAsync();
        Assert.Contains("Er loopt nu 1 noodtoegang.", start);
        Assert.Contains("1 keer noodtoegang in de laatste 30 dagen.", start);
        Assert.DoesNotContain("klachten", start);

        // One minute before the 24 hours are over she still reads (sessions follow the clock: log in after moving it).
        Clock.Now = Clock.Now.AddHours(24).AddMinutes(-1);
        nurse = await DemoLogin.AsAsync(app, DemoAccounts.JgzNurse);
        Assert.Equal(HttpStatusCode.OK, (await nurse.GetAsync($"/trajecten/{pathway}")).StatusCode);

        // Two minutes later it is over: refused, and the refusal is in the access log.
        Clock.Now = Clock.Now.AddMinutes(2);
        nurse = await DemoLogin.AsAsync(app, DemoAccounts.JgzNurse);
        var after = await nurse.GetAsync($"/trajecten/{pathway}");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/geen-toegang", Forms.PathOf(after.Headers.Location));
        start = await PrivacyStartAsync();
        Assert.Contains("Er loopt nu geen noodtoegang.", start);
        Assert.Contains("1 keer noodtoegang in de laatste 30 dagen.", start);
        await using var scope = app.Scope();
        var key = pathway.ToString();
        var since = Clock.Now.UtcDateTime.AddSeconds(-1);
        Assert.True(await scope.ServiceProvider.GetRequiredService<Kansrijk.Platform.Database.KansrijkDb>().AccessLog.AsNoTracking()
            .AnyAsync(e => e.ObjectId == key && e.UserName == DemoAccounts.JgzNurse.Email && e.Outcome == AccessOutcome.Denied && e.OccurredAt >= since));
    }

    private async Task<string> PrivacyStartAsync()
    {
        var officer = await DemoLogin.AsAsync(app, DemoAccounts.PrivacyOfficer);
        var html = await officer.GetStringAsync("/");
        Assert.Contains("id=\"start-privacy\"", html);
        return html;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await client.TokenAsync("/");
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }
}

[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class EmergencyAccessClockSqliteTests(ClockedSqliteApp app) : EmergencyAccessClockTests(app), IClassFixture<ClockedSqliteApp>;

[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class EmergencyAccessClockPostgresTests(ClockedPostgresApp app) : EmergencyAccessClockTests(app), IClassFixture<ClockedPostgresApp>;
