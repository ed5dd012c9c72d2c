using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Kansrijk.Demo;
using Kansrijk.Tests.Infrastructure;

namespace Kansrijk.Tests.Platform;

/// <summary>Issue 9: bad input gets 400 or 413 with a Dutch message, never a 500.</summary>
public abstract class BadInputTests(KansrijkFactory app)
{
    private static async Task<string> MainTextAsync(HttpResponseMessage response) =>
        (await Forms.ParseAsync(response)).QuerySelector("main")?.TextContent ?? "";

    [Fact]
    public async Task A_malformed_multipart_body_on_the_anonymous_login_is_a_400_with_a_Dutch_page()
    {
        var client = app.NewClient();
        var truncated = new ByteArrayContent(Encoding.ASCII.GetBytes("--xyz\r\nContent-Disposition: form-data; name=\"Email\"\r\n\r\na"));
        truncated.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");
        var response = await client.PostAsync("/inloggen", truncated);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Verzoek niet goed", await MainTextAsync(response));

        var noBoundary = new StringContent("abc");
        noBoundary.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");
        var second = await client.PostAsync("/inloggen", noBoundary);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("Verzoek niet goed", await MainTextAsync(second));
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_a_413_with_a_Dutch_message()
    {
        var analyst = await DemoLogin.AsAsync(app, DemoAccounts.Analyst);
        var form = (await analyst.GetDocumentAsync("/monitor/import")).QuerySelector("main form")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var big = new byte[21 * 1024 * 1024];
        Array.Fill(big, (byte)'1');
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Testbron"), "Bron" },
            { new ByteArrayContent(big), "Bestand", "groot.csv" },
        };
        // As a browser does for a large body: wait for the server's go-ahead, so its early answer is read, not cut off.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/monitor/import") { Content = content };
        request.Headers.ExpectContinue = true;
        var response = await analyst.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var text = await MainTextAsync(response);
        Assert.Contains("Bestand te groot", text);
        Assert.Contains("20 MB", text);
    }

    [Theory]
    [InlineData("L07;GM0392;2023;99999999999999999999999;100;", "te groot")]
    [InlineData("L07;GM0392;2023;3000000000;3000000001;", "te groot")]
    [InlineData("L07;GM0392;٢٠٢٣;5;100;", "periode")]
    [InlineData("L07;GM0392;2023;٥;100;", "geen getal")]
    [InlineData("L07;GM0392;2023;５;１００;", "geen getal")]
    [InlineData("L07;NL01;2023;;;99999999999999999999999", "te groot")]
    public async Task Counts_beyond_the_integer_range_and_non_ASCII_digits_in_a_CSV_are_refused_with_a_Dutch_message(string row, string message)
    {
        var analyst = await DemoLogin.AsAsync(app, DemoAccounts.Analyst);
        var form = (await analyst.GetDocumentAsync("/monitor/import")).QuerySelector("main form")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Testbron"), "Bron" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("indicator;gebied;periode;teller;noemer;waarde\n" + row + "\n")), "Bestand", "fout.csv" },
        };
        var response = await analyst.PostAsync("/monitor/import", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ParseAsync(response);
        Assert.Contains("Er is niets opgeslagen", page.QuerySelector("#importfouten")!.TextContent);
        Assert.Contains(message, page.QuerySelector("main table")!.TextContent);
    }

    [Theory]
    [InlineData("2023", "99999999999999999999999", "te groot")]
    [InlineData("2023", "99.999.999.999.999.999.999.999", "te groot")]
    [InlineData("2023", "١٢٣", "geen bedrag")]
    [InlineData("2023", "１２３", "geen bedrag")]
    [InlineData("99999999999", "100", "Year")]
    [InlineData("٢٠٢٣", "100", "Year")]
    public async Task Huge_amounts_and_non_ASCII_digits_in_a_number_field_are_refused_at_the_field(string year, string amount, string expected)
    {
        var id = await Kansrijk.Tests.Coalitions.CoalitionLookup.LocalOfAsync(app, "GM0392");
        var coordinator = await DemoLogin.AsAsync(app, DemoAccounts.Coordinator);
        var response = await coordinator.PostFormAsync($"/coalities/{id}/bewerken", new Dictionary<string, string>
        {
            ["Year"] = year,
            ["Source"] = "Spuk",
            ["Amount"] = amount,
            ["Note"] = "te veel",
        }, "main form[action*=Budget]");
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"status {(int)response.StatusCode}");
        var page = await Forms.ParseAsync(response);
        Assert.Null(page.QuerySelector("#opgeslagen"));
        var errors = page.QuerySelector("#foutoverzicht")?.TextContent ?? "";
        if (expected == "Year")
        {
            Assert.NotNull(page.QuerySelector("#Year-fout"));
        }
        else
        {
            Assert.Contains(expected, page.QuerySelector("#Amount-fout")!.TextContent);
        }
        Assert.NotEmpty(errors);
    }

    [Fact]
    public async Task Control_characters_in_a_return_address_are_a_400_with_a_Dutch_page()
    {
        var client = app.NewClient();
        var get = await client.GetAsync("/inloggen?ReturnUrl=%2Fmonitor%0D%0ASet-Cookie%3A%20x%3Dy");
        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
        Assert.Contains("Verzoek niet goed", await MainTextAsync(get));

        var post = await client.PostFormAsync("/inloggen", new Dictionary<string, string>
        {
            ["Email"] = DemoAccounts.Coordinator.Email,
            ["Password"] = DemoAccounts.Password,
            ["ReturnUrl"] = "/monitor\r\nSet-Cookie: x=y",
        });
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Contains("Verzoek niet goed", await MainTextAsync(post));
    }
}

[Collection(SqliteCollection.Name), Trait(Kinds.Trait, Kinds.Sqlite)]
public sealed class BadInputSqliteTests(SqliteApp app) : BadInputTests(app);

[Collection(PostgresCollection.Name), Trait(Kinds.Trait, Kinds.Postgres)]
public sealed class BadInputPostgresTests(PostgresApp app) : BadInputTests(app);
