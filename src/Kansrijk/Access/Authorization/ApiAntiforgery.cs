using Kansrijk.Access.AccessLog;
using Microsoft.AspNetCore.Antiforgery;

namespace Kansrijk.Access.Authorization;

/// <summary>
/// A write to the API that rides on the sign-in cookie must carry the anti-forgery token in the X-CSRF-TOKEN header.
/// A browser sends the cookie with a cross-site or same-site form post, but it cannot add that header, so such a post is
/// refused with 400 before any endpoint runs. Reads, and requests without the cookie, are not affected.
/// </summary>
public static class ApiAntiforgery
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public static IApplicationBuilder UseApiAntiforgery(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var unsafeMethod = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));
        if (unsafeMethod && request.Path.StartsWithSegments("/api") && context.User.Identity?.IsAuthenticated == true)
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            try
            {
                await antiforgery.ValidateRequestAsync(context);
            }
            catch (AntiforgeryValidationException)
            {
                await context.RequestServices.GetRequiredService<AccessLogWriter>().RecordAsync(new AccessEvent(AccessAction.Update, "Api",
                    $"{request.Method} {request.Path}", AccessOutcome.Denied, Details: "Geweigerd: geen geldig anti-forgery-token in de kop " + HeaderName));
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await Results.Problem(statusCode: 400, title: "Beveiligingstoken ontbreekt",
                    detail: $"Een schrijfverzoek aan de API met de inlogcookie heeft het anti-forgery-token nodig in de kop {HeaderName}. Haal het token op uit een formulier van Kansrijk.")
                    .ExecuteAsync(context);
                return;
            }
        }
        await next(context);
    });
}
