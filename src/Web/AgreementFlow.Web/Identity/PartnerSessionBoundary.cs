namespace AgreementFlow.Web.Identity;

/// <summary>
/// Keeps a partner's link session inside its scope: a request from a scoped session to any endpoint not marked
/// <see cref="PartnerAccessibleAttribute"/> is refused (403 for the API, the status page otherwise) before it runs.
/// </summary>
public static class PartnerSessionBoundary
{
    /// <summary>Lets partner link sessions reach this endpoint (it must still check <see cref="CurrentUser.MayActOn"/>).</summary>
    public static TBuilder AllowPartnerSession<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new PartnerAccessibleAttribute());

    /// <summary>Call after <c>UseAuthentication</c> and before the endpoints run.</summary>
    public static IApplicationBuilder UsePartnerSessionBoundary(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var user = new CurrentUser(context.User);
            if (user.IsPartnerSession && context.GetEndpoint() is { } endpoint
                && endpoint.Metadata.GetMetadata<PartnerAccessibleAttribute>() is null)
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            await next(context);
        });
}
