using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace AgreementFlow.Workflows.Runtime.Persistence;

/// <summary>
/// A query compiled with <see cref="EF.CompileAsyncQuery{TContext, TResult}(System.Linq.Expressions.Expression{Func{TContext, TResult}})"/>,
/// once per EF model it runs against.
/// </summary>
/// <remarks>
/// A compiled query skips EF's look-up of the query's shape in its cache, which on the hot reads of a step costs more
/// than the database does. But EF refuses to run one compiled query against a second model, and one process can hold
/// two (SQLite and PostgreSQL in the tests; each provider has its own): so each model gets its own compilation.
/// </remarks>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = [];

    /// <summary>The query compiled for <paramref name="context"/>'s model.</summary>
    public TQuery For(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _byModel.GetValue(context.Model, _ => compile());
    }
}
