namespace AgreementFlow.Data.Organizations;

/// <summary>The level of a programme (уровень образования или уровень программы).</summary>
public enum ProgramLevel
{
    /// <summary>Стартовый (ознакомительный) уровень дополнительной программы.</summary>
    Introductory,

    /// <summary>Базовый уровень.</summary>
    Basic,

    /// <summary>Продвинутый (углублённый) уровень.</summary>
    Advanced,

    /// <summary>Начальное общее образование.</summary>
    PrimaryGeneral,

    /// <summary>Основное общее образование.</summary>
    BasicGeneral,

    /// <summary>Среднее общее образование.</summary>
    SecondaryGeneral,
}
