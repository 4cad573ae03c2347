using Google.Rpc;
using Grpc.Core;

namespace Autoscaler.Controller.Agents;

/// <summary>Collects every field violation of one message, so the caller learns all its problems at once.</summary>
internal sealed class Violations
{
    private readonly List<BadRequest.Types.FieldViolation> _items = [];

    public bool IsEmpty => _items.Count == 0;

    public void Add(string field, string description) =>
        _items.Add(new BadRequest.Types.FieldViolation { Field = field, Description = description });

    /// <summary>Throws InvalidArgument with BadRequest details when anything was collected.</summary>
    public void ThrowIfAny()
    {
        if (_items.Count > 0)
        {
            throw ToException();
        }
    }

    public RpcException ToException() => ProtocolErrors.InvalidArgument(_items);
}
