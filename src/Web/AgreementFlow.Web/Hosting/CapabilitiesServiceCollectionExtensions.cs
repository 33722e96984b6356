using AgreementFlow.Web.Archive;
using AgreementFlow.Web.Demo;
using AgreementFlow.Web.Documents;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Web.Mail;
using AgreementFlow.Web.Negotiation;
using AgreementFlow.Web.Organizations;
using AgreementFlow.Web.PartnerAccess;
using AgreementFlow.Web.Persistence;
using AgreementFlow.Web.Registration;
using AgreementFlow.Web.Signing;
using AgreementFlow.Web.Workflows;

namespace AgreementFlow.Web.Hosting;

public static class CapabilitiesServiceCollectionExtensions
{
    /// <summary>
    /// Every capability of the product, without the HTTP surface (API and pages): what the web app and the benchmark
    /// host both run, so a new capability is registered in one place.
    /// </summary>
    public static IServiceCollection AddAgreementFlowCapabilities(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAgreementFlowHosting();
        services.AddAgreementFlowPersistence(configuration);
        services.AddAgreementFlowIdentity(configuration);
        services.AddAgreementFlowLocalization();
        services.AddAgreementFlowDirectory();
        services.AddAgreementFlowWorkflows(configuration);
        services.AddAgreementFlowRegistration();
        services.AddAgreementFlowDocuments(configuration);
        services.AddAgreementFlowMail(configuration);
        services.AddAgreementFlowArchive(configuration);
        services.AddAgreementFlowSigning(configuration);
        services.AddAgreementFlowNegotiation();
        services.AddAgreementFlowPartnerAccess(configuration);
        services.AddAgreementFlowDemo(configuration);
        return services;
    }
}
