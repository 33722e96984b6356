using AgreementFlow.Web.Api;
using AgreementFlow.Web.Archive;
using AgreementFlow.Web.Demo;
using AgreementFlow.Web.Documents;
using AgreementFlow.Web.Hosting;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Web.Mail;
using AgreementFlow.Web.Negotiation;
using AgreementFlow.Web.Organizations;
using AgreementFlow.Web.Pages;
using AgreementFlow.Web.PartnerAccess;
using AgreementFlow.Web.Persistence;
using AgreementFlow.Web.Registration;
using AgreementFlow.Web.Signing;
using AgreementFlow.Web.Workflows;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddAgreementFlowHosting();
builder.Services.AddAgreementFlowPersistence(builder.Configuration);
builder.Services.AddAgreementFlowIdentity(builder.Configuration);
builder.Services.AddAgreementFlowLocalization();
builder.Services.AddAgreementFlowDirectory();
builder.Services.AddAgreementFlowWorkflows(builder.Configuration);
builder.Services.AddAgreementFlowRegistration();
builder.Services.AddAgreementFlowDocuments(builder.Configuration);
builder.Services.AddAgreementFlowMail(builder.Configuration);
builder.Services.AddAgreementFlowArchive(builder.Configuration);
builder.Services.AddAgreementFlowSigning(builder.Configuration);
builder.Services.AddAgreementFlowNegotiation();
builder.Services.AddAgreementFlowPartnerAccess(builder.Configuration);
builder.Services.AddAgreementFlowApi();
builder.Services.AddAgreementFlowPages();
builder.Services.AddAgreementFlowDemo(builder.Configuration);

var app = builder.Build();

// The API answers every failure with ProblemDetails; pages answer with a page that explains itself.
app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseExceptionHandler().UseStatusCodePages());
app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), pages => pages.UseExceptionHandler("/error").UseStatusCodePagesWithReExecute("/status/{0}"));
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseSwaggerUI(options =>
{
    options.RoutePrefix = "swagger";
    options.SwaggerEndpoint("/openapi/v1.json", "AgreementFlow v1");
});
app.UseRouting();
app.UseAuthentication();
app.UseRequestLocalization();
app.UsePartnerSessionBoundary();
app.UseAuthorization();

app.MapOpenApi().AllowAnonymous();
app.MapHealthChecks("/health").AllowAnonymous();
app.MapAgreementFlowApi();
app.MapRazorPages();

await app.RunAsync();

/// <summary>The entry point, public so that integration tests can host the app.</summary>
public partial class Program;
