namespace McpServers.FakeGoogle.Sheets.Formulas;

/// <summary>
/// The functions the fake computes: SUM, AVERAGE, COUNT, COUNTA, MIN, MAX, CONCATENATE, IF, ROUND, ABS, LEN, UPPER,
/// LOWER. Any other name is #NAME?; a wrong number of arguments is #N/A. In ranges, aggregates skip text, booleans and
/// empty cells; given directly, text that is not a number is #VALUE!.
/// </summary>
internal static class FormulaFunctions
{
    public static FormulaOperand Call(CallNode call, GridSheet sheet, FormulaEvaluator evaluator)
    {
        var args = call.Arguments;
        if (call.Function == "IF")
        {
            // Only the branch taken is computed, as in Sheets.
            if (args.Count is < 2 or > 3) return CellValue.Error("#N/A");
            var condition = evaluator.Scalar(evaluator.Evaluate(args[0], sheet));
            if (condition.IsError) return condition;
            var truth = condition.Kind == CellValueKind.Text
                ? (bool.TryParse(condition.Text, out var parsed) ? parsed : (bool?)null)
                : FormulaEvaluator.ToNumber(condition).Number != 0;
            if (truth is null) return CellValue.Error("#VALUE!");
            return truth.Value ? evaluator.Evaluate(args[1], sheet) : args.Count == 3 ? evaluator.Evaluate(args[2], sheet) : CellValue.Of(false);
        }

        var operands = args.Select(a => evaluator.Evaluate(a, sheet)).ToList();
        return call.Function switch
        {
            "SUM" => Aggregate(operands, evaluator, numbers => CellValue.Of(numbers.Sum())),
            "AVERAGE" => Aggregate(operands, evaluator, numbers => numbers.Count == 0 ? CellValue.Error("#DIV/0!") : CellValue.Of(numbers.Average())),
            "MIN" => Aggregate(operands, evaluator, numbers => CellValue.Of(numbers.Count == 0 ? 0 : numbers.Min())),
            "MAX" => Aggregate(operands, evaluator, numbers => CellValue.Of(numbers.Count == 0 ? 0 : numbers.Max())),
            "COUNT" => CellValue.Of(operands.SelectMany(evaluator.Values).Count(v => v.Kind == CellValueKind.Number)),
            "COUNTA" => CellValue.Of(operands.Sum(o => o.IsRange ? evaluator.Values(o).Count(v => !v.IsEmpty) : 1)),
            "CONCATENATE" => Concatenate(operands, evaluator),
            "ROUND" => Round(operands, evaluator),
            "ABS" => OneNumber(operands, evaluator, Math.Abs),
            "LEN" => OneText(operands, evaluator, text => CellValue.Of(text.Length)),
            "UPPER" => OneText(operands, evaluator, text => CellValue.Of(text.ToUpperInvariant())),
            "LOWER" => OneText(operands, evaluator, text => CellValue.Of(text.ToLowerInvariant())),
            _ => CellValue.Error("#NAME?"),
        };
    }

    private static CellValue Aggregate(List<FormulaOperand> operands, FormulaEvaluator evaluator, Func<List<double>, CellValue> combine)
    {
        if (operands.Count == 0) return CellValue.Error("#N/A");
        var numbers = new List<double>();
        foreach (var operand in operands)
        {
            if (operand.IsRange)
            {
                foreach (var value in evaluator.Values(operand))
                {
                    if (value.IsError) return value;
                    if (value.Kind == CellValueKind.Number) numbers.Add(value.Number);
                }
                continue;
            }
            var number = FormulaEvaluator.ToNumber(operand.Value);
            if (number.IsError) return number;
            numbers.Add(number.Number);
        }
        return combine(numbers);
    }

    private static CellValue Concatenate(List<FormulaOperand> operands, FormulaEvaluator evaluator)
    {
        if (operands.Count == 0) return CellValue.Error("#N/A");
        var text = new System.Text.StringBuilder();
        foreach (var value in operands.SelectMany(evaluator.Values))
        {
            if (value.IsError) return value;
            text.Append(FormulaEvaluator.ToText(value));
        }
        return CellValue.Of(text.ToString());
    }

    private static CellValue Round(List<FormulaOperand> operands, FormulaEvaluator evaluator)
    {
        if (operands.Count is < 1 or > 2) return CellValue.Error("#N/A");
        var value = FormulaEvaluator.ToNumber(evaluator.Scalar(operands[0]));
        var places = operands.Count == 2 ? FormulaEvaluator.ToNumber(evaluator.Scalar(operands[1])) : CellValue.Of(0);
        if (value.IsError) return value;
        if (places.IsError) return places;
        var digits = (int)Math.Truncate(places.Number);
        var scale = Math.Pow(10, digits);
        return CellValue.Of(Math.Round(value.Number * scale, MidpointRounding.AwayFromZero) / scale);
    }

    private static CellValue OneNumber(List<FormulaOperand> operands, FormulaEvaluator evaluator, Func<double, double> apply)
    {
        if (operands.Count != 1) return CellValue.Error("#N/A");
        var value = FormulaEvaluator.ToNumber(evaluator.Scalar(operands[0]));
        return value.IsError ? value : CellValue.Of(apply(value.Number));
    }

    private static CellValue OneText(List<FormulaOperand> operands, FormulaEvaluator evaluator, Func<string, CellValue> apply)
    {
        if (operands.Count != 1) return CellValue.Error("#N/A");
        var value = evaluator.Scalar(operands[0]);
        return value.IsError ? value : apply(FormulaEvaluator.ToText(value));
    }
}
