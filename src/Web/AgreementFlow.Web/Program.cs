using AgreementFlow.Web.Api;
using AgreementFlow.Web.Hosting;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Pages;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddAgreementFlowCapabilities(builder.Configuration);
builder.Services.AddAgreementFlowApi();
builder.Services.AddAgreementFlowPages();

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
