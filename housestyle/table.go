package housestyle

// ColumnWidths shares a table's width among its columns, given each
// column's least width (its longest word) and natural width (its longest
// unbroken cell), as HTML's automatic table layout does: natural widths
// scaled to fit when they do, else each column its least width plus a share
// of what is left in proportion to how much more it would like. Widths are
// in any one unit; maxW is raised to at least minW in place.
func ColumnWidths(minW, maxW []float64, width float64) []float64 {
	out := make([]float64, len(minW))
	sumMin, sumMax := 0.0, 0.0
	for i := range minW {
		maxW[i] = max(maxW[i], minW[i])
		sumMin += minW[i]
		sumMax += maxW[i]
	}
	switch {
	case sumMax <= width && sumMax > 0:
		for i := range out {
			out[i] = maxW[i] * width / sumMax
		}
	case sumMax > sumMin && sumMin < width:
		for i := range out {
			out[i] = minW[i] + (width-sumMin)*(maxW[i]-minW[i])/(sumMax-sumMin)
		}
	default:
		for i := range out {
			out[i] = width / float64(len(out))
		}
	}
	return out
}
