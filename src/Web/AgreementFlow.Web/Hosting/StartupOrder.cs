namespace AgreementFlow.Web.Hosting;

/// <summary>The order of the start-up tasks: the schema first, then the data that depends on it.</summary>
public static class StartupOrder
{
    public const int Definitions = -100;
    public const int Migrations = 0;
    public const int BuiltInCalendar = 100;
    public const int Administrator = 200;
    public const int Demo = 1000;
}
