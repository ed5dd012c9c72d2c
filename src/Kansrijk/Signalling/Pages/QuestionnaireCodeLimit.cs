using System.Threading.RateLimiting;
using Kansrijk.Platform.Settings;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Kansrijk.Signalling.Pages;

/// <summary>
/// Against guessing codes: a wrong code cannot be locked (it belongs to no one), so every code try counts per client
/// address, whether right or wrong. Moving through her questionnaire after the code is not counted.
/// </summary>
public static class QuestionnaireCodeLimit
{
    public const string Policy = "vragenlijst-code";
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public const string Message = "U hebt te vaak een code geprobeerd. Wacht een kwartier en probeer het dan opnieuw.";

    public static bool IsCodeTry(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) ? request.Query.ContainsKey("code")
        : HttpMethods.IsPost(request.Method) && string.Equals(request.Query["handler"], "Code", StringComparison.OrdinalIgnoreCase);

    public static RateLimitPartition<string> Partition(HttpContext context)
    {
        if (!IsCodeTry(context.Request)) return RateLimitPartition.GetNoLimiter("");
        return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = context.RequestServices.GetRequiredService<IOptions<KansrijkOptions>>().Value.QuestionnaireCodeAttempts,
                Window = Window,
            });
    }

    /// <summary>A refused code try says why in Dutch; other refusals keep the plain 429.</summary>
    public static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var response = rejected.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (!rejected.HttpContext.Request.Path.StartsWithSegments("/vragenlijst")) return;
        response.Headers.RetryAfter = ((int)Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync($"<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Te veel pogingen – Kansrijk</title></head><body><main><h1>Te veel pogingen</h1><p>{Message}</p></main></body></html>", ct);
    }
}
