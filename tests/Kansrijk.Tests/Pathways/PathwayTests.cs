using System.Net;
using System.Text;
using Kansrijk.Access.AccessLog;
using Kansrijk.Demo;
using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Pathways;

/// <summary>
/// The first chain: the demo midwife (Den Haag) opens a pathway, records consent, refers to the wijkteam; the wijkteam
/// worker receives it and moves it on; the JGZ nurse of Haarlem, not involved, is refused everywhere, and it is logged.
/// </summary>
public abstract class PathwayTests(KansrijkFactory app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private async Task<int> OpenAsync(HttpClient midwife, string name)
    {
        var response = await midwife.PostFormAsync("/trajecten/nieuw", new Dictionary<string, string>
        {
            ["Name"] = name,
            ["BirthDate"] = Today.AddYears(-22).ToString("yyyy-MM-dd"),
            ["Phone"] = "06 1234 5678",
            ["MunicipalityCode"] = "GM0518",
            ["Postcode"] = "2525",
            ["DueDate"] = Today.AddDays(100).ToString("yyyy-MM-dd"),
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return int.Parse(Forms.PathOf(response.Headers.Location).Split('/').Last());
    }

    /// <summary>A page refuses by sending her to the no-access page, never showing anything of the client.</summary>
    private static void AssertRefused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/geen-toegang", Forms.PathOf(response.Headers.Location));
    }

    private async Task<int> WijkteamOfferAsync()
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        return await db.Offers.Where(o => o.Organisation!.Name == PathwayDemoData.DenHaagWorkerOrganisation).Select(o => o.Id).FirstAsync();
    }

    /// <summary>Posts as the page's forms do, with the user's anti-forgery token.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await client.TokenAsync("/trajecten/nieuw");
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    private static Task<HttpResponseMessage> ConsentAsync(HttpClient client, int pathway, int offer) =>
        PostAsync(client, $"/trajecten/{pathway}?handler=Consent", new Dictionary<string, string>
        {
            ["ConsentForm.OfferId"] = offer.ToString(),
            ["ConsentForm.GivenBy"] = "Woman",
            ["ConsentForm.Manner"] = "Spoken",
            ["ConsentForm.Language"] = "tr",
            ["ConsentForm.Confirmed"] = "true",
        });

    private static Task<HttpResponseMessage> ReferAsync(HttpClient client, int pathway, int offer) =>
        PostAsync(client, $"/trajecten/{pathway}?handler=Refer", new Dictionary<string, string>
        {
            ["ReferForm.OfferIds"] = offer.ToString(),
            ["ReferForm.Reason"] = "Rekeningen blijven liggen",
            ["ReferForm.Agreed"] = "Wijkteam belt deze week",
            ["ReferForm.ReferrerContact"] = "070 000 0101",
        });

    private async Task<List<Referral>> ReferralsAsync(int pathway)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Set<Referral>().AsNoTracking().Include(r => r.Changes).Where(r => r.PathwayId == pathway).ToListAsync();
    }

    [Fact]
    public async Task Consent_comes_first_then_the_receiver_moves_the_referral_on_and_the_referrer_sees_only_the_status()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var worker = await DemoLogin.AsAsync(app, DemoAccounts.NeighbourhoodWorker);
        var pathway = await OpenAsync(midwife, "Eva Test " + TestNames.Letters());
        var offer = await WijkteamOfferAsync();

        // Without consent: refused with a Dutch reason, nothing written.
        var early = await ReferAsync(midwife, pathway, offer);
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("geen geldige toestemming", await early.Content.ReadAsStringAsync());
        Assert.Empty(await ReferralsAsync(pathway));

        Assert.Equal(HttpStatusCode.Redirect, (await ConsentAsync(midwife, pathway, offer)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ReferAsync(midwife, pathway, offer)).StatusCode);
        var referral = Assert.Single(await ReferralsAsync(pathway));
        Assert.Equal(ReferralStatus.Registered, referral.Status);

        // The wijkteam sees it in its inbox and on its page, with the reason in her words.
        var inbox = await worker.GetStringAsync("/verwijzingen");
        Assert.Contains($"/verwijzingen/{referral.Id}", inbox);
        var received = await worker.GetStringAsync($"/verwijzingen/{referral.Id}");
        Assert.Contains("Rekeningen blijven liggen", received);
        Assert.Contains("06 1234 5678", received);

        // A status can only move forward; each change is dated and by whom.
        var skip = await worker.PostFormAsync($"/verwijzingen/{referral.Id}", new Dictionary<string, string> { ["Status"] = "Completed" },
            action: $"/verwijzingen/{referral.Id}?handler=Status");
        Assert.Contains("kan de status niet", WebUtility.HtmlDecode(await skip.Content.ReadAsStringAsync()));
        foreach (var status in new[] { "ContactMade", "Started" })
        {
            var moved = await worker.PostFormAsync($"/verwijzingen/{referral.Id}", new Dictionary<string, string> { ["Status"] = status },
                action: $"/verwijzingen/{referral.Id}?handler=Status");
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        }
        referral = Assert.Single(await ReferralsAsync(pathway));
        Assert.Equal(ReferralStatus.Started, referral.Status);
        Assert.Equal([ReferralStatus.Registered, ReferralStatus.ContactMade, ReferralStatus.Started], referral.Changes.OrderBy(c => c.Id).Select(c => c.Status));
        Assert.All(referral.Changes.Skip(1), c => Assert.NotEqual(referral.ReferrerUserId, c.ByUserId));

        // The midwife sees the status, not the receiver's page.
        var page = await midwife.GetStringAsync($"/trajecten/{pathway}");
        Assert.Contains("gestart", page);
        AssertRefused(await midwife.GetAsync($"/verwijzingen/{referral.Id}"));
    }

    [Fact]
    public async Task Withdrawn_consent_stops_further_referrals_and_the_receiver_sees_it_without_her_details()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var worker = await DemoLogin.AsAsync(app, DemoAccounts.NeighbourhoodWorker);
        var pathway = await OpenAsync(midwife, "Iris Test " + TestNames.Letters());
        var offer = await WijkteamOfferAsync();
        await ConsentAsync(midwife, pathway, offer);
        await ReferAsync(midwife, pathway, offer);
        var referral = Assert.Single(await ReferralsAsync(pathway));

        var form = (await midwife.GetDocumentAsync($"/trajecten/{pathway}")).QuerySelector("form[action*=Withdraw]")!;
        var withdraw = await midwife.PostFormAsync($"/trajecten/{pathway}", new Dictionary<string, string>(), "form[action*=Withdraw]", form.GetAttribute("action"));
        Assert.Equal(HttpStatusCode.Redirect, withdraw.StatusCode);

        var again = await ReferAsync(midwife, pathway, offer);
        Assert.Contains("geen geldige toestemming", await again.Content.ReadAsStringAsync());
        Assert.Single(await ReferralsAsync(pathway));

        var received = await worker.GetStringAsync($"/verwijzingen/{referral.Id}");
        Assert.Contains("toestemming ingetrokken", received);
        Assert.DoesNotContain("06 1234 5678", received);
        Assert.DoesNotContain("Rekeningen blijven liggen", received);
    }

    [Fact]
    public async Task An_uninvolved_professional_is_refused_on_every_client_page_and_each_refusal_is_logged()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var nurse = await DemoLogin.AsAsync(app, DemoAccounts.JgzNurse);
        var pathway = await OpenAsync(midwife, "Noor Test " + TestNames.Letters());
        var token = await nurse.TokenAsync("/trajecten");
        var started = DateTime.UtcNow.AddSeconds(-1);

        AssertRefused(await nurse.GetAsync($"/trajecten/{pathway}"));
        foreach (var handler in new[] { "Consent", "Refer", "Withdraw" })
        {
            var post = await nurse.PostAsync($"/trajecten/{pathway}?handler={handler}&consentId=1",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            AssertRefused(post);
        }
        // An id that does not exist looks the same as one that is not hers.
        AssertRefused(await nurse.GetAsync("/trajecten/999999"));
        Assert.DoesNotContain("Noor Test", await nurse.GetStringAsync("/trajecten"));

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var denied = await db.AccessLog.AsNoTracking()
            .Where(e => e.UserName == DemoAccounts.JgzNurse.Email && e.Outcome == AccessOutcome.Denied && e.ObjectType == PathwayResources.Type && e.OccurredAt >= started)
            .ToListAsync();
        Assert.True(denied.Count(e => e.ObjectId == pathway.ToString()) >= 4, string.Join("; ", denied.Select(e => e.Details)));
    }

    [Fact]
    public async Task Every_read_of_her_data_is_logged_with_her_key_and_a_duplicate_is_refused()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var name = "Lina Test " + TestNames.Letters();
        var pathway = await OpenAsync(midwife, name);
        await midwife.GetStringAsync($"/trajecten/{pathway}");

        var duplicate = await midwife.PostFormAsync("/trajecten/nieuw", new Dictionary<string, string>
        {
            ["Name"] = name.ToUpperInvariant(),
            ["BirthDate"] = Today.AddYears(-22).ToString("dd-MM-yyyy"),
            ["Email"] = "lina@example.org",
            ["MunicipalityCode"] = "GM0518",
            ["Postcode"] = "2525",
            ["DueDate"] = Today.AddDays(100).ToString("yyyy-MM-dd"),
        });
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        var html = await duplicate.Content.ReadAsStringAsync();
        Assert.Contains("al een traject", html);
        Assert.Contains($"/trajecten/{pathway}", html);
        Assert.Contains("lina@example.org", html); // what she typed stays

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var key = pathway.ToString();
        var rows = await db.AccessLog.AsNoTracking().Where(e => e.ClientId == key).ToListAsync();
        Assert.Contains(rows, r => r.Action == AccessAction.Read && r.ObjectType == "Traject" && r.UserName == DemoAccounts.Professional.Email);
        Assert.Contains(rows, r => r.Action == AccessAction.Create && r.ObjectType == "Pathway");
        Assert.All(rows, r => Assert.DoesNotContain(name, r.Details ?? ""));
        Assert.Equal(1, await db.Set<Pathway>().CountAsync(p => p.IdentityHash == db.Set<Pathway>().Single(x => x.Id == pathway).IdentityHash));
    }

    [Fact]
    public async Task Her_copy_shows_what_is_held_and_who_saw_it_and_only_the_involved_can_make_it()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var worker = await DemoLogin.AsAsync(app, DemoAccounts.NeighbourhoodWorker);
        var nurse = await DemoLogin.AsAsync(app, DemoAccounts.JgzNurse);
        var name = "Sanne Inzage " + TestNames.Letters();
        var pathway = await OpenAsync(midwife, name);
        var offer = await WijkteamOfferAsync();
        await ConsentAsync(midwife, pathway, offer);
        await ReferAsync(midwife, pathway, offer);
        var referral = Assert.Single(await ReferralsAsync(pathway));
        await worker.GetStringAsync($"/verwijzingen/{referral.Id}");

        var copy = WebUtility.HtmlDecode(await midwife.GetStringAsync($"/trajecten/{pathway}/inzage"));
        Assert.Contains(name, copy);
        Assert.Contains("06 1234 5678", copy);
        Assert.Contains(DemoAccounts.NeighbourhoodWorker.Email, copy); // the receiver's look is in her copy
        Assert.Contains("Toestemming gegeven", copy);

        AssertRefused(await nurse.GetAsync($"/trajecten/{pathway}/inzage"));
        AssertRefused(await worker.GetAsync($"/trajecten/{pathway}/inzage")); // a receiver sees her referral, not the whole file
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        Assert.True(await db.AccessLog.AnyAsync(e => e.ClientId == pathway.ToString() && e.Action == AccessAction.Export));
    }

    [Fact]
    public async Task Her_name_is_not_stored_in_plain_text()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var name = "Zeldzaam" + TestNames.Letters();
        var pathway = await OpenAsync(midwife, name);
        Assert.Contains(name, await midwife.GetStringAsync($"/trajecten/{pathway}"));
        Assert.False(await StoredInPlainTextAsync(name), "the name is in the database in plain text");
        Assert.False(await StoredInPlainTextAsync("06 1234 5678"), "the phone number is in the database in plain text");
    }

    /// <summary>Whether the database holds the text as it is (SQLite: the file; PostgreSQL: any text column of the client schema).</summary>
    protected abstract Task<bool> StoredInPlainTextAsync(string text);
}

[Collection(SqliteCollection.Name)]
[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class PathwaySqliteTests(SqliteApp app) : PathwayTests(app)
{
    protected override async Task<bool> StoredInPlainTextAsync(string text)
    {
        await using (var scope = app.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<KansrijkDb>().Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(app.ConnectionString).DataSource;
        var needle = Encoding.UTF8.GetBytes(text);
        foreach (var path in new[] { file, file + "-wal" }.Where(File.Exists))
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var memory = new MemoryStream();
            await stream.CopyToAsync(memory);
            if (memory.ToArray().AsSpan().IndexOf(needle) >= 0) return true;
        }
        return false;
    }
}

[Collection(PostgresCollection.Name)]
[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class PathwayPostgresTests(PostgresApp app) : PathwayTests(app)
{
    protected override async Task<bool> StoredInPlainTextAsync(string text)
    {
        await using var connection = new Npgsql.NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        // Every row of every table in the client schema, as text.
        var tables = new List<string>();
        await using (var list = new Npgsql.NpgsqlCommand($"SELECT table_name FROM information_schema.tables WHERE table_schema = '{PathwaySchema.Name}'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        Assert.Contains("Pathways", tables);
        foreach (var table in tables)
        {
            await using var search = new Npgsql.NpgsqlCommand($"SELECT count(*) FROM \"{PathwaySchema.Name}\".\"{table}\" t WHERE t::text LIKE @p", connection);
            search.Parameters.AddWithValue("p", "%" + text + "%");
            if ((long)(await search.ExecuteScalarAsync())! > 0) return true;
        }
        return false;
    }
}
