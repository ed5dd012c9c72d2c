namespace Kansrijk.Organisations;

/// <summary>
/// The Organisations module: the registry of organisations (kind, AGB/KvK, contact point, intake inbox, municipalities
/// served). Its model configuration is picked up with the others; other modules use <see cref="OrganisationDirectory"/>.
/// </summary>
public static class OrganisationsModule
{
    public static IServiceCollection AddOrganisations(this IServiceCollection services) =>
        services.AddScoped<OrganisationDirectory>();
}
