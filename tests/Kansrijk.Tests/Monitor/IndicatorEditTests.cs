using System.Net;
using Kansrijk.Demo;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Monitor;

public abstract class IndicatorEditTests(KansrijkFactory app)
{
    [Fact]
    public async Task An_analyst_adds_an_indicator_edits_it_and_the_history_says_who_changed_what()
    {
        var analyst = await DemoLogin.AsAsync(app, DemoAccounts.Analyst);
        var code = "T" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var fields = new Dictionary<string, string>
        {
            ["Code"] = code,
            ["Name"] = "Borstvoeding na drie maanden",
            ["Phase"] = "AfterBirth",
            ["Unit"] = "Percentage",
            ["NumeratorDescription"] = "kinderen met borstvoeding op 3 maanden",
            ["DenominatorDescription"] = "kinderen van 3 maanden",
            ["Source"] = "JGZ",
            ["DesiredDirection"] = "Up",
            ["Set"] = "LocalChoice",
            ["SuppressionThreshold"] = "10",
            ["Decimals"] = "1",
        };
        var created = await analyst.PostFormAsync("/monitor/indicatoren/nieuw", fields);
        Assert.True(created.StatusCode == HttpStatusCode.Redirect, (await Forms.ParseAsync(created)).QuerySelector("main")?.TextContent);
        Assert.Equal($"/monitor/indicatoren/{code}", Forms.PathOf(created.Headers.Location));

        fields.Remove("Code");
        fields["Decimals"] = "2";
        fields["Name"] = "Borstvoeding op drie maanden";
        var saved = await Forms.ParseAsync(await analyst.PostFormAsync($"/monitor/indicatoren/{code}", fields));
        Assert.NotNull(saved.QuerySelector("#opgeslagen"));
        var history = saved.QuerySelectorAll("#geschiedenis tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, history.Count);
        Assert.Contains("Decimalen: '1' → '2'", history[0]);
        Assert.Contains("Naam: 'Borstvoeding na drie maanden' → 'Borstvoeding op drie maanden'", history[0]);
        Assert.Contains(DemoAccounts.Analyst.Email, history[0]);
        Assert.Contains("Aangemaakt", history[1]);

        var overview = await app.NewClient().GetDocumentAsync($"/monitor/indicator/{code}");
        Assert.Equal($"Borstvoeding op drie maanden ({code})", overview.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_threshold_under_ten_and_a_missing_name_are_refused_at_their_fields_keeping_the_input()
    {
        var analyst = await DemoLogin.AsAsync(app, DemoAccounts.Analyst);
        var page = await Forms.ParseAsync(await analyst.PostFormAsync("/monitor/indicatoren/L14", new Dictionary<string, string>
        {
            ["Name"] = "",
            ["Phase"] = "AfterBirth",
            ["Unit"] = "Percentage",
            ["NumeratorDescription"] = "n",
            ["DenominatorDescription"] = "d",
            ["Source"] = "JGZ",
            ["DesiredDirection"] = "Down",
            ["Set"] = "National",
            ["SuppressionThreshold"] = "5",
            ["Decimals"] = "1",
        }));
        Assert.Contains("Vul de naam in", page.QuerySelector("#Name-fout")!.TextContent);
        Assert.Contains("10 tot 1000", page.QuerySelector("#SuppressionThreshold-fout")!.TextContent);
        Assert.Equal("5", page.QuerySelector("input#SuppressionThreshold")!.GetAttribute("value"));
        var unchanged = await app.NewClient().GetDocumentAsync("/monitor/indicator/L14");
        Assert.Contains("Overgewicht", unchanged.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Only_analysts_and_administrators_edit_indicators()
    {
        var professional = await DemoLogin.AsAsync(app, DemoAccounts.Professional);
        Assert.Equal("/geen-toegang", Forms.PathOf((await professional.GetAsync("/monitor/indicatoren/L12")).Headers.Location));
        Assert.Equal(HttpStatusCode.Redirect, (await app.NewClient().GetAsync("/monitor/indicatoren/nieuw")).StatusCode);
    }
}

[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class IndicatorEditSqliteTests(SqliteApp app) : IndicatorEditTests(app);

[Collection(PostgresCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class IndicatorEditPostgresTests(PostgresApp app) : IndicatorEditTests(app);
