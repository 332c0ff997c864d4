//! Running typst: the template and the [`Document`] in, a laid-out [`Printout`] out, and
//! from it the PDF or SVG pages. The typst World the template runs in is in `world`.

use super::data::Document;
use super::world::PrintWorld;
use crate::error::{Error, Result};
use typst::foundations::Smart;
use typst_layout::PagedDocument;

const TEMPLATE: &str = include_str!("matrix.typ");

/// A laid-out printout: the PDF and, for a preview, its pages as SVG.
pub struct Printout {
    document: PagedDocument,
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
            ident: Smart::Custom("talentwerk-talent-matrix".into()),
            creator: Smart::Custom(Some("Talentwerk".into())),
            // A tagged (accessible) structure tree for thousands of table cells makes the file
            // twelve times larger and the export twice as slow; the screen is the accessible view.
            tagged: false,
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
    let mut laid_out = compile(&document)?;
    let planned = laid_out.pages().len() == document.total_pages;
    if !planned {
        eprintln!(
            "talentwerk: printout has {} pages, {} planned; numbering by counter",
            laid_out.pages().len(),
            document.total_pages
        );
        document.count_pages = true;
        laid_out = compile(&document)?;
    }
    Ok(Printout {
        document: laid_out,
        numbered_by_counter: !planned,
    })
}

fn compile(document: &Document) -> Result<PagedDocument> {
    let data = serde_json::to_vec(document).map_err(|e| Error::Io(std::io::Error::other(e)))?;
    let world = PrintWorld::new(TEMPLATE, data);
    let compiled = typst::compile::<PagedDocument>(&world).output;
    // typst memoizes across calls; a desktop app prints now and then, so keep nothing.
    typst::comemo::evict(0);
    compiled.map_err(|errors| layout_error(&errors))
}
