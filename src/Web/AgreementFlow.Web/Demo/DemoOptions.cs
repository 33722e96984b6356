namespace AgreementFlow.Web.Demo;

/// <summary>Demo mode (section <c>Demo</c>): on in <c>./run</c> only, never by default.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seeds the organisations and programmes of the seeds with invented people. Default false.</summary>
    public bool Enabled { get; set; }

    /// <summary>The password every demo account shares. Default <c>Demo-2026!</c>.</summary>
    public string Password { get; set; } = "Demo-2026!";
}
