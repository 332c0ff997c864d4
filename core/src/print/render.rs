//! Running typst: a template and its data in, a laid-out [`Printout`] out, and from it the
//! PDF or SVG pages. The typst World the template runs in is in `world`.

use super::data::Document;
use super::world::PrintWorld;
use crate::error::{Error, Result};
use serde::Serialize;
use typst::foundations::Smart;
use typst_layout::PagedDocument;

/// A typst template and how its PDF is written.
pub(super) struct Template {
    pub source: &'static str,
    /// The PDF's identifier: which kind of printout it is.
    pub ident: &'static str,
    /// Whether the PDF carries a tagged (accessible) structure tree.
    pub tagged: bool,
}

static MATRIX: Template = Template {
    source: include_str!("matrix.typ"),
    ident: "talentwerk-talent-matrix",
    // A tagged structure tree for thousands of table cells makes the file twelve times
    // larger and the export twice as slow; the screen is the accessible view.
    tagged: false,
};

/// A laid-out printout: the PDF and, for a preview, its pages as SVG.
pub struct Printout {
    document: PagedDocument,
    template: &'static Template,
    /// The plan's page count was off and typst counted the pages itself.
    numbered_by_counter: bool,
}

impl Printout {
    pub fn page_count(&self) -> usize {
        self.document.pages().len()
    }

    /// Whether typst laid out more or fewer pages than planned and numbered them itself
    /// (correct, but twice the layout time); for tests and diagnostics.
    pub fn numbered_by_counter(&self) -> bool {
        self.numbered_by_counter
    }

    pub fn pdf(&self) -> Result<Vec<u8>> {
        let options = typst_pdf::PdfOptions {
            ident: Smart::Custom(self.template.ident.into()),
            creator: Smart::Custom(Some("Talentwerk".into())),
            tagged: self.template.tagged,
            ..typst_pdf::PdfOptions::default()
        };
        typst_pdf::pdf(&self.document, &options).map_err(|errors| layout_error(&errors))
    }

    /// The first `count` pages as standalone SVG images.
    pub fn svg_pages(&self, count: usize) -> Vec<String> {
        self.document
            .pages()
            .iter()
            .take(count)
            .map(|page| typst_svg::svg(page, &typst_svg::SvgOptions::default()))
            .collect()
    }
}

fn layout_error(errors: &[typst::diag::SourceDiagnostic]) -> Error {
    let message = errors
        .iter()
        .map(|e| e.message.as_str())
        .collect::<Vec<_>>()
        .join("; ");
    Error::Io(std::io::Error::other(format!(
        "PDF layout failed: {message}"
    )))
}

/// Lays `document` out with typst. Page numbers from the plan need one layout pass;
/// typst's "x / y" counter needs two. Should a page ever overflow the plan, the numbers
/// would be wrong: lay out again with the counter.
pub(super) fn lay_out(mut document: Document) -> Result<Printout> {
    let mut laid_out = compile(MATRIX.source, &document)?;
    let planned = laid_out.pages().len() == document.total_pages;
    if !planned {
        eprintln!(
            "talentwerk: printout has {} pages, {} planned; numbering by counter",
            laid_out.pages().len(),
            document.total_pages
        );
        document.count_pages = true;
        laid_out = compile(MATRIX.source, &document)?;
    }
    Ok(Printout {
        document: laid_out,
        template: &MATRIX,
        numbered_by_counter: !planned,
    })
}

/// Lays out a short printout that numbers its pages with typst's counter: there is no
/// page plan to check, so [`Printout::numbered_by_counter`] stays false.
pub(super) fn lay_out_counted(
    template: &'static Template,
    data: &impl Serialize,
) -> Result<Printout> {
    Ok(Printout {
        document: compile(template.source, data)?,
        template,
        numbered_by_counter: false,
    })
}

fn compile(template: &str, data: &impl Serialize) -> Result<PagedDocument> {
    let data = serde_json::to_vec(data).map_err(|e| Error::Io(std::io::Error::other(e)))?;
    let world = PrintWorld::new(template, data);
    let compiled = typst::compile::<PagedDocument>(&world).output;
    // typst memoizes across calls; a desktop app prints now and then, so keep nothing.
    typst::comemo::evict(0);
    compiled.map_err(|errors| layout_error(&errors))
}
