using System.Net;
using Kansrijk.Access.AccessLog;
using Kansrijk.Demo;
using Kansrijk.Pathways;
using Kansrijk.Platform.Database;
using Kansrijk.Signalling;
using Kansrijk.Signalling.Instruments;
using Kansrijk.Signalling.Responses;
using Kansrijk.Signalling.Scoring;
using Kansrijk.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Signalling;

/// <summary>
/// The outcome of another instrument on both databases: recorded per domain by an involved professional, encrypted,
/// logged, counted as screened with its advice; another organisation is refused and the refusal logged.
/// </summary>
public abstract class ExternalOutcomeTests(KansrijkFactory app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static string Url(int pathway) => $"/trajecten/{pathway}/signalering/extern";

    private static async Task<int> OpenPathwayAsync(HttpClient midwife)
    {
        var response = await midwife.PostFormAsync("/trajecten/nieuw", new Dictionary<string, string>
        {
            ["Name"] = "Extern Test " + TestNames.Letters(),
            ["BirthDate"] = Today.AddYears(-25).ToString("yyyy-MM-dd"),
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

    private async Task<ScreeningYear?> DenHaagThisYearAsync()
    {
        await using var scope = app.Scope();
        var years = await scope.ServiceProvider.GetRequiredService<SignallingCounts>().ScreeningAsync(default);
        return years.SingleOrDefault(y => y.MunicipalityCode == "GM0518" && y.Year == Today.Year);
    }

    [Fact]
    public async Task The_professional_records_an_outcome_per_domain_and_it_counts_as_screened_with_its_advice()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var pathway = await OpenPathwayAsync(midwife);
        var domains = await DomainKeysAsync();
        Assert.Equal(HttpStatusCode.OK, (await midwife.GetAsync(Url(pathway))).StatusCode);

        // Errors in Dutch; what she typed stays.
        var wrong = await midwife.PostFormAsync(Url(pathway), new Dictionary<string, string>
        {
            ["Instrument"] = "anders",
            ["Date"] = Today.AddDays(3).ToString("yyyy-MM-dd"),
            [$"Results[{domains[0]}]"] = "advies",
        });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var page = await Forms.ParseAsync(wrong);
        var summary = page.QuerySelector("#foutoverzicht")!.TextContent;
        Assert.Contains("Vul de naam van het andere instrument in.", summary);
        Assert.Contains("De datum kan niet in de toekomst liggen.", summary);
        Assert.Contains("geen, aandacht of advies", summary);
        Assert.NotNull(page.QuerySelector("input[name=Instrument][value=anders][checked]"));
        Assert.NotNull(page.QuerySelector($"input[name='Results[{domains[0]}]'][value=advies][checked]"));

        var before = await DenHaagThisYearAsync();
        var fields = domains.ToDictionary(d => $"Results[{d}]", _ => "geen");
        fields[$"Results[{domains[1]}]"] = "advies";
        fields[$"Results[{domains[2]}]"] = "aandacht";
        fields["Instrument"] = "ALPHA-NL";
        fields["Date"] = Today.ToString("yyyy-MM-dd");
        var saved = await midwife.PostFormAsync(Url(pathway), fields);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());

        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
            var response = await db.SignallingResponses.AsNoTracking().SingleAsync(r => r.PathwayId == pathway);
            Assert.Equal(FilledBy.ExternalInstrument, response.FilledBy);
            Assert.NotNull(response.SubmittedAt);
            Assert.DoesNotContain("ALPHA", response.AnswersEncrypted);
            Assert.DoesNotContain("advies", response.AnswersEncrypted);
            var answers = scope.ServiceProvider.GetRequiredService<SelfReportService>().Answers(response);
            Assert.Equal("ALPHA-NL", answers[ExternalOutcome.InstrumentKey]);
            var definition = (await scope.ServiceProvider.GetRequiredService<InstrumentService>().FindAsync(response.InstrumentVersionId, default))!.Value.Definition;
            var score = ExternalOutcome.ScoreAny(response.FilledBy, definition, answers, partnerPresent: true);
            Assert.Equal(DomainResult.Advies, score[domains[1]].Result);
            Assert.Equal(DomainResult.Aandacht, score[domains[2]].Result);
            Assert.Equal(DomainResult.Advies, score.Overall);
            var key = pathway.ToString();
            Assert.True(await db.AccessLog.AnyAsync(e => e.ClientId == key && e.Action == AccessAction.Create && e.UserName == DemoAccounts.Professional.Email
                && e.Details == "uitkomst van een ander instrument vastgelegd"));
        }
        var after = await DenHaagThisYearAsync();
        Assert.Equal((before?.Screened ?? 0) + 1, after!.Screened);
        Assert.Equal((before?.AdviceByDomain.GetValueOrDefault(domains[1]) ?? 0) + 1, after.AdviceByDomain[domains[1]]);
    }

    [Fact]
    public async Task A_professional_of_another_organisation_is_refused_and_the_refusal_is_logged()
    {
        var midwife = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        var nurse = await DemoLogin.AsAsync(app, DemoAccounts.JgzNurse);
        var pathway = await OpenPathwayAsync(midwife);
        var started = DateTime.UtcNow.AddSeconds(-1);

        var get = await nurse.GetAsync(Url(pathway));
        Assert.Equal("/geen-toegang", Forms.PathOf(get.Headers.Location));
        var post = await nurse.PostAsync(Url(pathway), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await nurse.TokenAsync("/trajecten"),
            ["Instrument"] = "R4U",
            ["Date"] = Today.ToString("yyyy-MM-dd"),
        }));
        Assert.Equal("/geen-toegang", Forms.PathOf(post.Headers.Location));

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<KansrijkDb>();
        Assert.False(await db.SignallingResponses.AnyAsync(r => r.PathwayId == pathway));
        var denied = await db.AccessLog.AsNoTracking().CountAsync(e => e.UserName == DemoAccounts.JgzNurse.Email && e.Outcome == AccessOutcome.Denied
            && e.ObjectType == PathwayResources.Type && e.ObjectId == pathway.ToString() && e.OccurredAt >= started);
        Assert.Equal(2, denied);
    }
}

[Collection(SqliteCollection.Name)]
[Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class ExternalOutcomeSqliteTests(SqliteApp app) : ExternalOutcomeTests(app);

[Collection(PostgresCollection.Name)]
[Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class ExternalOutcomePostgresTests(PostgresApp app) : ExternalOutcomeTests(app);
