namespace AgreementFlow.Web.Localization;

public static class LocalizationServiceCollectionExtensions
{
    public static IServiceCollection AddAgreementFlowLocalization(this IServiceCollection services)
    {
        services.AddSingleton<Texts>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            string[] cultures = ["ru-RU", "en-GB"];
            options.SetDefaultCulture("ru-RU").AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
            options.RequestCultureProviders = [new PersonLanguageCultureProvider()];
        });
        return services;
    }
}
