using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Kansrijk.Tests.Infrastructure;

/// <summary>Reads pages and posts forms the way a browser would, anti-forgery token included.</summary>
public static class Forms
{
    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>GETs the page, takes the anti-forgery token of its form and posts the fields to the form's action (or to <paramref name="action"/>, as a button's formaction does).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, IDictionary<string, string> fields, string? formSelector = null, string? action = null)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var form = (IHtmlFormElement?)page.QuerySelector(formSelector ?? "main form[method=post]")
            ?? throw new InvalidOperationException($"No form on {pageUrl}");
        var values = new Dictionary<string, string>(fields);
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        if (token is not null)
        {
            values["__RequestVerificationToken"] = token;
        }
        action ??= string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!;
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>The fields of a form as the page shows them (a select gives its chosen option), to change a few and post them back.</summary>
    public static async Task<Dictionary<string, string>> FieldsOfAsync(this HttpClient client, string pageUrl, string formSelector) =>
        (await client.GetDocumentAsync(pageUrl)).QuerySelector(formSelector)!.QuerySelectorAll("input[name], select[name]")
            .Where(e => e.GetAttribute("name") != "__RequestVerificationToken")
            .ToDictionary(e => e.GetAttribute("name")!, e => e.TagName == "SELECT" ? e.QuerySelector("option[selected]")?.GetAttribute("value") ?? "" : e.GetAttribute("value") ?? "");

    /// <summary>Presses the warning button of a confirmation page (form#bevestigen), with its hidden fields, as a browser would.</summary>
    public static async Task<HttpResponseMessage> ConfirmAsync(this HttpClient client, string pageUrl) =>
        await client.PostFormAsync(pageUrl, await client.FieldsOfAsync(pageUrl, "form#bevestigen"), "form#bevestigen");

    /// <summary>The anti-forgery token of a form on <paramref name="pageUrl"/>, for a form post or the API's X-CSRF-TOKEN header.</summary>
    public static async Task<string> TokenAsync(this HttpClient client, string pageUrl = "/")
    {
        var page = await client.GetDocumentAsync(pageUrl);
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No anti-forgery token on {pageUrl}");
    }

    /// <summary>Sends the anti-forgery token with every request, as a script that writes to the API with the sign-in cookie must.</summary>
    public static async Task<HttpClient> WithApiTokenAsync(this HttpClient client)
    {
        client.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", await client.TokenAsync());
        return client;
    }

    public static async Task<HttpResponseMessage> LoginAsync(this HttpClient client, string email, string password) =>
        await client.PostFormAsync("/inloggen", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    /// <summary>The path of a redirect, whether the server sent it relative or absolute.</summary>
    public static string PathOf(Uri? location) =>
        location is null ? "" : location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
}
