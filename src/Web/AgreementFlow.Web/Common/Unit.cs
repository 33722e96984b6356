namespace AgreementFlow.Web.Common;

/// <summary>The value of a command that returns nothing but success.</summary>
public readonly record struct Unit
{
    public static Unit Value => default;
}
