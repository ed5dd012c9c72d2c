using System.Net;
using Kansrijk.Access.AccessLog;
using Kansrijk.Demo;
using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Kansrijk.Signalling.Instruments;
using Kansrijk.Signalling.Responses;
using Kansrijk.Signalling.Scoring;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Signalling;

/// <summary>
/// The outcome of another instrument on the signalling summary (name, date, domains, advice with "Verwijs", no answers),
/// and correcting or deleting it: versioned, logged in the same save, refused for another organisation (refusal logged).
/// </summary>
public abstract class ExternalOutcomeCorrectionTests(KansrijkFactory app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static async Task<int> OpenPathwayAsync(HttpClient midwife)
    {
        var response = await midwife.PostFormAsync("/trajecten/nieuw", new Dictionary<string, string>
        {
            ["Name"] = "Extern Verbeteren " + TestNames.Letters(),
            ["BirthDate"] = Today.AddYears(-28).ToString("yyyy-MM-dd"),
            ["Phone"] = "06 1234 5678",
            ["MunicipalityCode"] = "GM0518",
            ["Postcode"] = "2525",
            ["DueDate"] = Today.AddDays(150).ToString("yyyy-MM-dd"),
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return int.Parse(Forms.PathOf(response.Headers.Location).Split('/').Last());
    }

    private async Task<IReadOnlyList<string>> DomainKeysAsync()
    {
        await using var scope = app.Scope();
        var published = await scope.ServiceProvider.GetRequiredService<InstrumentService>().PublishedAsync(DefaultInstrument.Key, default);
        return [.. published!.Value.Definition.Domains.Select(d => d.Key!)];
    }

    /// <summary>Records ALPHA-NL of 3 days ago with advice on the second domain; returns the response id.</summary>
    private async Task<int> RecordAsync(HttpClient midwife, int pathway, IReadOnlyList<string> domains)
    {
        var fields = domains.ToDictionary(d => $"Results[{d}]", _ => "geen");
        fields[$"Results[{domains[1]}]"] = "advies";
        fields["Instrument"] = "ALPHA-NL";
        fields["Date"] = Today.AddDays(-3).ToString("yyyy-MM-dd");
        var saved = await midwife.PostFormAsync($"/trajecten/{pathway}/signalering/extern", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<KansrijkDb>().SignallingResponses.Where(r => r.PathwayId == pathway).Select(r => r.Id).SingleAsync();
    }

    private async Task<(SignallingResponse Response, IReadOnlyDictionary<string, string> Answers)?> StoredAsync(int id)
    {
        await using var scope = app.Scope();
        var response = await scope.ServiceProvider.GetRequiredService<KansrijkDb>().SignallingResponses.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id);
        return response is null ? null : (response, scope.ServiceProvider.GetRequiredService<SelfReportService>().Answers(response));
    }

    [Fact]
    public async Task The_summary_shows_the_instrument_date_domains_and_advice_without_answers()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var pathway = await OpenPathwayAsync(midwife);
        var domains = await DomainKeysAsync();
        var page = await midwife.GetDocumentAsync($"/trajecten/{pathway}/signalering");
        Assert.NotNull(page.QuerySelector($"main a[href='/trajecten/{pathway}/signalering/extern']"));
        var id = await RecordAsync(midwife, pathway, domains);

        page = await midwife.GetDocumentAsync($"/trajecten/{pathway}/signalering");
        var section = page.QuerySelector($"section[aria-labelledby='lijst-{id}']")!;
        var heading = section.QuerySelector("h3")!.TextContent;
        Assert.Contains("ALPHA-NL", heading);
        Assert.Contains(Today.AddDays(-3).ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")), heading);
        Assert.Single(section.QuerySelectorAll("h4"));
        Assert.Contains(": advies", section.QuerySelector("h4")!.TextContent);
        Assert.DoesNotContain("Al haar antwoorden", section.TextContent);
        Assert.DoesNotContain("Haar wens voor hulp", section.TextContent);
        Assert.NotNull(section.QuerySelector($"a[href='/trajecten/{pathway}/signalering/extern/{id}']"));
        Assert.NotNull(section.QuerySelector($"a[href='/trajecten/{pathway}/signalering/extern/{id}/verwijderen']"));
        Assert.NotNull(section.QuerySelector(".kansrijk-theme-offers"));

        await using var scope = app.Scope();
        var key = pathway.ToString();
        Assert.True(await scope.ServiceProvider.GetRequiredService<KansrijkDb>().AccessLog.AnyAsync(e => e.ClientId == key && e.Action == AccessAction.Read
            && e.ObjectId == id.ToString() && e.Details == "uitkomst van een ander instrument bekeken"));
    }

    [Fact]
    public async Task The_professional_corrects_an_outcome_from_the_version_she_saw_and_a_second_save_does_not_overwrite()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var pathway = await OpenPathwayAsync(midwife);
        var domains = await DomainKeysAsync();
        var id = await RecordAsync(midwife, pathway, domains);
        var url = $"/trajecten/{pathway}/signalering/extern/{id}";

        var form = await midwife.GetDocumentAsync(url);
        Assert.Equal("ALPHA-NL", form.QuerySelector("input[name=Instrument][checked]")!.GetAttribute("value"));
        Assert.Equal(Today.AddDays(-3).ToString("yyyy-MM-dd"), form.QuerySelector("input[name=Date]")!.GetAttribute("value"));
        Assert.Equal("advies", form.QuerySelector($"input[name='Results[{domains[1]}]'][checked]")!.GetAttribute("value"));
        var version = form.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        var fields = form.QuerySelectorAll("input[type=radio][checked]").ToDictionary(e => e.GetAttribute("name")!, e => e.GetAttribute("value")!);
        fields["Version"] = version;
        fields["Date"] = Today.AddDays(-1).ToString("yyyy-MM-dd");
        fields["Instrument"] = "anders";
        fields["OtherName"] = "Eigen lijst GGD";
        fields[$"Results[{domains[1]}]"] = "aandacht";
        fields[$"Results[{domains[3]}]"] = "advies";
        var saved = await midwife.PostFormAsync(url, fields);
        Assert.StartsWith($"/trajecten/{pathway}/signalering#", Forms.PathOf(saved.Headers.Location));

        var (response, answers) = (await StoredAsync(id))!.Value;
        Assert.Equal("anders: Eigen lijst GGD", answers[ExternalOutcome.InstrumentKey]);
        Assert.Equal(Today.AddDays(-1).ToDateTime(TimeOnly.MinValue), response.SubmittedAt);
        Assert.Equal("aandacht", answers[ExternalOutcome.DomainKey(domains[1])]);
        Assert.Equal("advies", answers[ExternalOutcome.DomainKey(domains[3])]);
        // The counts read the advice domains kept with the outcome: corrected with it.
        var kept = response.AdviceDomainsKept!.Split(',');
        Assert.Contains(domains[3], kept);
        Assert.DoesNotContain(domains[1], kept);

        // A second save from the form as it was before: refused with the conflict message, what was typed stays.
        fields["Version"] = version;
        fields["OtherName"] = "Overschreven";
        var conflict = await midwife.PostFormAsync(url, fields);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await Forms.ParseAsync(conflict);
        Assert.Contains("Iemand anders heeft dit intussen gewijzigd", page.QuerySelector("#foutoverzicht")!.TextContent);
        Assert.Equal("Overschreven", page.QuerySelector("input[name=OtherName]")!.GetAttribute("value"));
        Assert.Equal("anders: Eigen lijst GGD", (await StoredAsync(id))!.Value.Answers[ExternalOutcome.InstrumentKey]);

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        Assert.Equal(1, await db.AccessLog.CountAsync(e => e.ClientId == pathway.ToString() && e.Action == AccessAction.Update
            && e.ObjectId == id.ToString() && e.UserName == DemoAccounts.Professional.Email && e.Details == "uitkomst van een ander instrument verbeterd"));
    }

    [Fact]
    public async Task The_professional_deletes_an_outcome_only_after_the_confirmation_page()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var pathway = await OpenPathwayAsync(midwife);
        var domains = await DomainKeysAsync();
        var id = await RecordAsync(midwife, pathway, domains);
        var link = $"/trajecten/{pathway}/signalering/extern/{id}/verwijderen";

        var confirm = await midwife.GetDocumentAsync(link);
        Assert.Contains("ALPHA-NL", confirm.QuerySelector("#wat-er-gebeurt")!.TextContent);
        Assert.Contains("utrecht-button--warning", confirm.QuerySelector("form#bevestigen button")!.ClassName);
        // a post that did not come from the confirmation page is asked first
        var direct = await midwife.PostFormAsync(link, new Dictionary<string, string>(), "form#bevestigen");
        Assert.Equal(link, Forms.PathOf(direct.Headers.Location));
        Assert.NotNull(await StoredAsync(id));

        var deleted = await midwife.ConfirmAsync(link);
        Assert.StartsWith($"/trajecten/{pathway}/signalering#", Forms.PathOf(deleted.Headers.Location));
        Assert.Null(await StoredAsync(id));
        Assert.Contains("is verwijderd", (await midwife.GetDocumentAsync($"/trajecten/{pathway}/signalering")).QuerySelector("#opgeslagen")!.TextContent);

        await using var scope = app.Scope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<KansrijkDb>().AccessLog.AnyAsync(e => e.ClientId == pathway.ToString()
            && e.Action == AccessAction.Delete && e.ObjectId == id.ToString() && e.Details == "uitkomst van een ander instrument verwijderd"));
    }

    [Fact]
    public async Task A_stale_confirmation_deletes_nothing()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var pathway = await OpenPathwayAsync(midwife);
        var domains = await DomainKeysAsync();
        var id = await RecordAsync(midwife, pathway, domains);
        var link = $"/trajecten/{pathway}/signalering/extern/{id}/verwijderen";
        var stale = await midwife.FieldsOfAsync(link, "form#bevestigen");
        var version = (await midwife.GetDocumentAsync($"/trajecten/{pathway}/signalering/extern/{id}")).QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        var fields = domains.ToDictionary(d => $"Results[{d}]", _ => "geen");
        fields["Version"] = version;
        fields["Instrument"] = "R4U";
        fields["Date"] = Today.ToString("yyyy-MM-dd");
        Assert.Equal(HttpStatusCode.Redirect, (await midwife.PostFormAsync($"/trajecten/{pathway}/signalering/extern/{id}", fields)).StatusCode);

        var refused = await midwife.PostFormAsync(link, stale, "form#bevestigen");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull((await Forms.ParseAsync(refused)).QuerySelector("#conflict"));
        Assert.NotNull(await StoredAsync(id));
    }

    [Fact]
    public async Task Another_organisation_cannot_read_correct_or_delete_and_the_refusals_are_logged()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var nurse = await DemoLogin.AsAsync(app, DemoAccounts.JgzNurse);
        var pathway = await OpenPathwayAsync(midwife);
        var domains = await DomainKeysAsync();
        var id = await RecordAsync(midwife, pathway, domains);
        var before = (await StoredAsync(id))!.Value.Response.AnswersEncrypted;
        var started = DateTime.UtcNow.AddSeconds(-1);
        var token = await nurse.TokenAsync("/trajecten");

        foreach (var url in new[] { $"/trajecten/{pathway}/signalering/extern/{id}", $"/trajecten/{pathway}/signalering/extern/{id}/verwijderen" })
        {
            Assert.Equal("/geen-toegang", Forms.PathOf((await nurse.GetAsync(url)).Headers.Location));
            var post = await nurse.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Version"] = "0",
                ["Confirm"] = "true",
                ["Instrument"] = "R4U",
                ["Date"] = Today.ToString("yyyy-MM-dd"),
            }));
            Assert.Equal("/geen-toegang", Forms.PathOf(post.Headers.Location));
        }
        Assert.Equal(before, (await StoredAsync(id))!.Value.Response.AnswersEncrypted);

        // Her own pathway in the address does not open another pathway's outcome, nor a questionnaire.
        var other = await OpenPathwayAsync(midwife);
        Assert.Equal(HttpStatusCode.NotFound, (await midwife.GetAsync($"/trajecten/{other}/signalering/extern/{id}")).StatusCode);

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        var denied = await db.AccessLog.AsNoTracking().CountAsync(e => e.UserName == DemoAccounts.JgzNurse.Email && e.Outcome == AccessOutcome.Denied
            && e.ObjectType == PathwayResources.Type && e.ObjectId == pathway.ToString() && e.OccurredAt >= started);
        Assert.Equal(4, denied);
    }
}

[Collection(SqliteCollection.Name)]
[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class ExternalOutcomeCorrectionSqliteTests(SqliteApp app) : ExternalOutcomeCorrectionTests(app);

[Collection(PostgresCollection.Name)]
[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class ExternalOutcomeCorrectionPostgresTests(PostgresApp app) : ExternalOutcomeCorrectionTests(app);
