namespace Kansrijk.Platform.Web;

public static class ErrorHandling
{
    /// <summary>The largest request body Kestrel accepts (uploads included).</summary>
    public const int MaximumBodyMegabytes = 20;

    /// <summary>
    /// Pages get a Dutch error page (/fout/{status}); /api gets problem+json. Both for unknown routes,
    /// unknown codes and unexpected failures such as an unreachable database.
    /// </summary>
    public static WebApplication UseKansrijkErrors(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(c => !IsApi(c), pages =>
        {
            pages.UseExceptionHandler("/fout/500");
            pages.UseStatusCodePagesWithReExecute("/fout/{0}");
        });
        app.Use(RefuseUnreadableFormsAsync);
        return app;
    }

    /// <summary>
    /// Reads a form body before anything else does, so a body over the size limit becomes 413 and a malformed one
    /// (a broken multipart body, a missing boundary) 400, both with the Dutch error page or problem+json, instead
    /// of an exception deep in antiforgery or model binding. The form that was read is reused by the rest.
    /// </summary>
    private static async Task RefuseUnreadableFormsAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.HasFormContentType && !context.Request.Path.StartsWithSegments("/fout"))
        {
            int? refused = null;
            try
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (BadHttpRequestException e)
            {
                refused = e.StatusCode == StatusCodes.Status413PayloadTooLarge ? e.StatusCode : StatusCodes.Status400BadRequest;
            }
            catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or FormatException)
            {
                refused = StatusCodes.Status400BadRequest;
            }
            if (refused is { } status)
            {
                context.Response.StatusCode = status;
                return;
            }
        }
        await next(context);
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public static IServiceCollection AddKansrijkProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Title = ctx.ProblemDetails.Status switch
            {
                400 when ctx.ProblemDetails.Title is null => "Ongeldig verzoek",
                401 => "Niet ingelogd",
                413 => "Te groot",
                403 => "Geen toegang",
                404 when ctx.ProblemDetails.Title is null or "Not Found" => "Niet gevonden",
                500 => "Er ging iets mis",
                _ => ctx.ProblemDetails.Title,
            };
            if (ctx.ProblemDetails.Status == 404 && ctx.ProblemDetails.Detail is null)
            {
                ctx.ProblemDetails.Detail = "Dit adres bestaat niet.";
            }
            if (ctx.ProblemDetails.Status == 413 && ctx.ProblemDetails.Detail is null)
            {
                ctx.ProblemDetails.Detail = $"Het verzoek is groter dan {MaximumBodyMegabytes} MB. Er is niets opgeslagen.";
            }
        });
        return services;
    }
}
