using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Kansrijk.Access;
using Kansrijk.CarePaths;
using Kansrijk.Demo;
using Kansrijk.Platform.Database;
using Kansrijk.Tests.Coalitions;
using Kansrijk.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Platform;

/// <summary>
/// No lost updates, form by form: two people open the same form, both save; the second gets the Dutch message, keeps
/// what she typed, and the database holds the first one's change.
/// </summary>
public abstract class LostUpdateTests(KansrijkFactory app)
{
    private const string Message = "Iemand anders heeft dit intussen gewijzigd";

    /// <summary>A form as a browser would send it: every field with its current value, the token, the action.</summary>
    private sealed class OpenForm(List<KeyValuePair<string, string>> fields, string action)
    {
        public string Action { get; } = action;

        public void Set(string name, string value)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        public Task<HttpResponseMessage> PostAsync(HttpClient client, string? action = null) => client.PostAsync(action ?? Action, new FormUrlEncodedContent(fields));
    }

    private static async Task<OpenForm> OpenAsync(HttpClient client, string url, string formSelector = "main form.kansrijk-form")
    {
        var page = await client.GetDocumentAsync(url);
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form {formSelector} on {url}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsChecked) fields.Add(new(name, box.Value));
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement text:
                    fields.Add(new(name, text.Value));
                    break;
            }
        }
        Assert.Contains(fields, f => f.Key is "Version" or "Form.Version" or "Seen");
        var action = form.GetAttribute("action");
        return new OpenForm(fields, string.IsNullOrEmpty(action) ? url : action);
    }

    private async Task<T> DbAsync<T>(Func<KansrijkDb, Task<T>> read)
    {
        await using var scope = app.Scope();
        return await read(scope.ServiceProvider.GetRequiredService<KansrijkDb>());
    }

    /// <summary>Both open <paramref name="url"/>, both change <paramref name="field"/>; the first wins, the second is told.</summary>
    private async Task SecondSaveIsRefusedAsync(HttpClient first, HttpClient second, string url, string field, Func<KansrijkDb, Task<string?>> stored,
        string formSelector = "main form.kansrijk-form")
    {
        var mine = await OpenAsync(first, url, formSelector);
        var hers = await OpenAsync(second, url, formSelector);
        var firstValue = "eerste " + Guid.NewGuid().ToString("N")[..8];
        var secondValue = "tweede " + Guid.NewGuid().ToString("N")[..8];

        mine.Set(field, firstValue);
        var saved = await mine.PostAsync(first);
        Assert.True(saved.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"{(int)saved.StatusCode}");
        if (saved.StatusCode == HttpStatusCode.OK) Assert.Null((await Forms.ParseAsync(saved)).QuerySelector("#foutoverzicht"));
        Assert.Equal(firstValue, await DbAsync(stored));

        hers.Set(field, secondValue);
        var refused = await Forms.ParseAsync(await hers.PostAsync(second));
        Assert.Contains(Message, refused.QuerySelector("#foutoverzicht")?.TextContent ?? refused.QuerySelector("main")?.TextContent);
        Assert.Equal(secondValue, ValueOf(refused.QuerySelector($"[name='{field}']")));
        Assert.Equal(firstValue, await DbAsync(stored));
    }

    private static string? ValueOf(IElement? element) => element switch
    {
        IHtmlTextAreaElement text => text.Value,
        IHtmlInputElement input => input.Value,
        _ => null,
    };

    [Fact]
    public async Task Offer()
    {
        var id = await DbAsync(db => db.Offers.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        var first = await DemoLogin.AdministratorAsync(app);
        var second = await DemoLogin.AdministratorAsync(app);
        await SecondSaveIsRefusedAsync(first, second, $"/zorgpaden/beheer/aanbod/{id}", "TargetGroup",
            db => db.Offers.Where(o => o.Id == id).Select(o => o.TargetGroup).SingleAsync(), "#aanbod-formulier");
    }

    [Fact]
    public async Task Care_path_texts()
    {
        var first = await DemoLogin.AdministratorAsync(app);
        var second = await DemoLogin.AdministratorAsync(app);
        var published = await DbAsync(db => db.CarePaths.Where(p => p.RevisionOfId == null && p.Status == ContentStatus.Published).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        // A published path is changed through its concept.
        var revision = await first.PostFormAsync($"/zorgpaden/beheer/paden/{published}", new Dictionary<string, string>(),
            "form[action*='handler=Revision']", $"/zorgpaden/beheer/paden/{published}?handler=Revision");
        var url = Forms.PathOf(revision.Headers.Location);
        var id = int.Parse(url.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.NotEqual(published, id);
        await SecondSaveIsRefusedAsync(first, second, url, "Background",
            db => db.CarePaths.Where(p => p.Id == id).Select(p => p.Background).SingleAsync(), "form[action*='handler=Texts']");
    }

    [Fact]
    public async Task Progress_report_texts()
    {
        var haarlem = await CoalitionLookup.LocalOfAsync(app, "GM0392");
        var first = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var second = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        // Twice: once when nobody had written texts for the year yet, once on saved texts.
        foreach (var _ in new[] { 1, 2 })
        {
            await SecondSaveIsRefusedAsync(first, second, $"/coalities/{haarlem}/voortgang/2016/teksten", "Conclusion",
                db => db.ProgressReportTexts.Where(t => t.CoalitionId == haarlem && t.Year == 2016).Select(t => t.Conclusion).SingleAsync());
        }
    }

    [Fact]
    public async Task Intervention_of_the_menukaart()
    {
        var admin = await DemoLogin.AdministratorAsync(app);
        var name = "Interventie " + Guid.NewGuid().ToString("N")[..8];
        var added = await admin.PostFormAsync("/coalities/interventies/nieuw", new Dictionary<string, string> { ["Name"] = name });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var id = await DbAsync(db => db.Interventions.Where(i => i.Name == name).Select(i => i.Id).SingleAsync());
        var second = await DemoLogin.AdministratorAsync(app);
        await SecondSaveIsRefusedAsync(admin, second, $"/coalities/interventies/{id}", "Description",
            db => db.Interventions.Where(i => i.Id == id).Select(i => i.Description).SingleAsync());
    }

    [Fact]
    public async Task Indicator()
    {
        var first = await DemoLogin.AsAsync(app, DemoAccounts.Analyst);
        var second = await DemoLogin.AsAsync(app, DemoAccounts.Analyst);
        var code = "V" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var created = await first.PostFormAsync("/monitor/indicatoren/nieuw", new Dictionary<string, string>
        {
            ["Code"] = code,
            ["Name"] = "Tegelijk bewerkt",
            ["Phase"] = "AfterBirth",
            ["Unit"] = "Percentage",
            ["NumeratorDescription"] = "teller",
            ["DenominatorDescription"] = "noemer",
            ["Source"] = "JGZ",
            ["DesiredDirection"] = "Up",
            ["Set"] = "LocalChoice",
            ["SuppressionThreshold"] = "10",
            ["Decimals"] = "1",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await SecondSaveIsRefusedAsync(first, second, $"/monitor/indicatoren/{code}", "Source",
            db => db.Indicators.Where(i => i.Code == code).Select(i => (string?)i.Source).SingleAsync());
    }

    [Fact]
    public async Task Yearly_questionnaire_from_the_proposal_and_from_saved_answers()
    {
        var first = await DemoLogin.AdministratorAsync(app);
        var second = await DemoLogin.AdministratorAsync(app);
        const string url = "/coalities/vragenlijst/GM0014/2022";
        Task<string?> Stored(KansrijkDb db) => db.YearlyQuestionnaires.Where(q => q.MunicipalityCode == "GM0014" && q.Year == 2022)
            .Select(q => (string?)q.Coalition.ToString()).SingleOrDefaultAsync();
        foreach (var (mine, theirs) in new[] { ("Yes", "No"), ("Preparing", "Yes") })
        {
            var formOfFirst = await OpenAsync(first, url);
            var formOfSecond = await OpenAsync(second, url);
            formOfFirst.Set("Form.Coalition", mine);
            Assert.Equal(HttpStatusCode.Redirect, (await formOfFirst.PostAsync(first, url + "?handler=Draft")).StatusCode);
            Assert.Equal(mine, await DbAsync(Stored));

            formOfSecond.Set("Form.Coalition", theirs);
            var refused = await Forms.ParseAsync(await formOfSecond.PostAsync(second, url + "?handler=Confirm"));
            Assert.Contains(Message, refused.QuerySelector("#foutoverzicht")!.TextContent);
            Assert.Equal(theirs, refused.QuerySelector("input[name='Form.Coalition'][checked]")!.GetAttribute("value"));
            Assert.Equal(mine, await DbAsync(Stored));
            Assert.Null(await DbAsync(db => db.YearlyQuestionnaires.Where(q => q.MunicipalityCode == "GM0014" && q.Year == 2022).Select(q => q.ConfirmedBy).SingleAsync()));
        }
    }

    [Fact]
    public async Task User_account_actions_on_a_changed_account()
    {
        var email = $"tegelijk.{Guid.NewGuid():N}@example.org";
        string id;
        await using (var scope = app.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var user = new User { UserName = email, Email = email, DisplayName = "Tegelijk Beheerd", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, "Lange-zin-voor-een-test-2026")).Succeeded);
            id = user.Id;
        }
        var first = await DemoLogin.AdministratorAsync(app);
        var second = await DemoLogin.AdministratorAsync(app);
        var url = $"/beheer/gebruikers/{id}";
        var disable = await OpenAsync(first, url, "form[action*='handler=Disable']");
        var addRole = await OpenAsync(second, url, "form[action*='handler=AddRole']");

        Assert.Equal(HttpStatusCode.OK, (await disable.PostAsync(first)).StatusCode);
        Assert.True(await DbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.IsDisabled).SingleAsync()));

        addRole.Set("Role", nameof(Role.Analyst));
        addRole.Set("ScopeType", nameof(ScopeType.None));
        addRole.Set("ScopeId", "");
        var refused = await Forms.ParseAsync(await addRole.PostAsync(second));
        Assert.Contains(Message, refused.QuerySelector("#foutoverzicht")!.TextContent);
        Assert.Equal(nameof(Role.Analyst), ((IHtmlSelectElement)refused.QuerySelector("select#Role")!).Value);
        Assert.False(await DbAsync(db => db.RoleAssignments.AnyAsync(r => r.UserId == id)));

        // Having seen the account as it is now, she can add the role.
        var again = await OpenAsync(second, url, "form[action*='handler=AddRole']");
        again.Set("Role", nameof(Role.Analyst));
        again.Set("ScopeType", nameof(ScopeType.None));
        again.Set("ScopeId", "");
        await again.PostAsync(second);
        Assert.True(await DbAsync(db => db.RoleAssignments.AnyAsync(r => r.UserId == id && r.Role == Role.Analyst)));
    }
}

[Trait(Kinds.Trait, Kinds.Sqlite)]
[Collection(SqliteCollection.Name)]
public sealed class LostUpdateSqliteTests(SqliteApp app) : LostUpdateTests(app);

[Trait(Kinds.Trait, Kinds.Postgres)]
[Collection(PostgresCollection.Name)]
public sealed class LostUpdatePostgresTests(PostgresApp app) : LostUpdateTests(app);
