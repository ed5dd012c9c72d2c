namespace Kansrijk.Platform.Web;

public static class ErrorHandling
{
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
        return app;
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
                403 => "Geen toegang",
                404 when ctx.ProblemDetails.Title is null or "Not Found" => "Niet gevonden",
                500 => "Er ging iets mis",
                _ => ctx.ProblemDetails.Title,
            };
            if (ctx.ProblemDetails.Status == 404 && ctx.ProblemDetails.Detail is null)
            {
                ctx.ProblemDetails.Detail = "Dit adres bestaat niet.";
            }
        });
        return services;
    }
}
