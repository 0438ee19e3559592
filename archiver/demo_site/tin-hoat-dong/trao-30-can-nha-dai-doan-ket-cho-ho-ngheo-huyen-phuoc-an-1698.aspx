<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head id="ctl00_Head1"><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><title>
	Trao 30 căn nhà Đại đoàn kết cho hộ nghèo huyện Phước An
</title><link rel="canonical" href="/tin-hoat-dong/trao-30-can-nha-dai-doan-ket-cho-ho-ngheo-huyen-phuoc-an-1698.aspx" /><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev=Uoc0fsLIo87aYwT%2FGX5UPw%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/wiki.css?rev=9n8mW8NH3M1b8P6ot8F3Vw%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev=iIikGkMuXBs8CWzKDAyjsQ%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/MTTQ/css/style.css" />
<link rel="stylesheet" type="text/css" href="/Style%20Library/MTTQ/css/menu.css" />
<link rel="shortcut icon" href="/Style%20Library/MTTQ/images/favicon.ico" type="image/vnd.microsoft.icon" />
<script type="text/javascript">
// <![CDATA[
var L_Menu_BaseUrl="";
var L_Menu_LCID="1066";
var L_Menu_SiteTheme="";
//]]>
</script>
<script type="text/javascript">
//<![CDATA[
document.onreadystatechange=fnRemoveAllStatus; function fnRemoveAllStatus(){removeAllStatus(true)};var _fV4UI = true;//]]>
</script>
<script type="text/javascript" src="/_layouts/1066/init.js?rev=BJDmyeIV5jS04CPkRq4Ldg%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=3-VFxRdE5GKcTpEoGrWHTxqk5bTGkn8ckNkJm2cWJK0Zg0VZSxXVjHHvAdiMOHaWz3Ao6ow3pOZC_uOVm7ZaZw2&amp;t=3f4a792d"></script>
<script type="text/javascript" src="/_layouts/blank.js?rev=QGOYAJlouiWgFRlhHVlMKA%3D%3D"></script>
<script type="text/javascript" src="/Style%20Library/MTTQ/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/Style%20Library/MTTQ/js/jquery.marquee.js"></script>
<!--[if lt IE 9]><script type="text/javascript" src="/Style%20Library/MTTQ/js/html5shiv.js"></script><![endif]-->
<style type="text/css">
	.s4-skipribbonshortcut { display:none; }
	#s4-workspace { overflow: visible !important; }
	.post-content p { margin: 0 0 8px 0; text-align: justify; }
	.post-content img { max-width: 100%; height: auto; }
	.box-left .box-title { background: url(/Style%20Library/MTTQ/images/bg-title.png) no-repeat; color: #fff; font-weight: bold; }
	.font-tools a.color { display:inline-block; width:12px; height:12px; border:1px solid #ccc; }
	.ExternalClass181A4BE2EC0741BB9B0AE3F3BE976AEA p { line-height: 1.5; }
</style>
</head><body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="trao-30-can-nha-dai-doan-ket-cho-ho-ngheo-huyen-phuoc-an-1698.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div>
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOTlPn_ShowSettings" id="MSOTlPn_ShowSettings" value="False" />
<input type="hidden" name="MSOGallery_SelectedLibrary" id="MSOGallery_SelectedLibrary" value="" />
<input type="hidden" name="MSOGallery_FilterString" id="MSOGallery_FilterString" value="" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0xEF09AEEDDB2403FBFD122BDA4697A8B91F46483DE27F1D693805D73DBEAB90180B774DCC353F3DCEE257808D52847C15AE6A142014EF4B3CC0EDBB8FD48E46F6,03 Jun 2024 02:11:45 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEvpvsGNcNf4XjsBQAa8i+j47Xy9Xdkhiwj+FsPxyPdyGIvM8iLlmKyY1TE1SSfzvhU+bJBBCd14nbtjrpjk+R+DXNegSqTGL09jlztRKqIBWm5fvGpKHBk7qAuAveytEaQpBnXffo5nXyq0sHbPe3LysyRi2vFd9og0Hb792WG7ADsdwpN/oBgZnc+J5UgjvV5JAB59fBojy3dAA8fKuQ2F2bvwJdGL48Sbl3+gvE+7Rq+aomwi141ubnFupbC+rKIud0UT7Rn+/v1HRzrcvcyYDsJDNqBZGapeyzWZowHKvBqQkfDGV6tdi3OpzbMSabUXEtBdRmNwgTMcKdyiJBXqIUARDI425kMtLrprLMPOdqJGZ1RY/9im0EcDpu6MAo6d9kWnJTeUldRVfqtJuntsvJu790m/cILWfhpmDGgvh9aQ7hCDVeq95iB+PVRT3XlqUoEl9sZZ5yGcg5ySK9KPV43tKh8TqCw1ScTMmCM18EhmUIQzHw2zFIUtH/hmurWkrMzY7bZm3nsT12IuxoHLOCZdUJcuke6thAFxPKGeoPy1m2uH/qw2VITzVeQh2Xyr+DxOM6CxjIa6VHhA80nh0/Z7Pgt7r/kHAIdncTGtRGeBRPVzgn9q3txpBpJHAwk3zx7UcgTm2Ux6ZvFOouLrk++FvJn8DL19Yih5JfYK05Ci6KrTdm3NlKMn4RpAatjWuOUFgH6xJEUbvvsGcLpyoD/FpMjj58hZ+/UWuRYsh1G/LENZ1qeXIB/MC6rA+Lg9EC65yOmdCmviwnzzXQgn8miS9GZFm3fmAH03CtIlel8blRHM1fr9OyCdDgEva7rc296xeTWClA2407O+Uw9emSbaMobM9asmNv2ZQPK/N+f82aM6yvo0NV5wnineH4ZSyN1a/W9EdLCqU9XZTMuU06mUfETBdCVZ1uZzU8/79c2cKa4SugDCEF8pvTAmUHKWkeSBRqza1lMUvvUHhkBAB4rUirhU+FhnnlZwG0aMyX2fn4+RxKwmauKDm/BrklStCcZ5MrZQ9o5h3irW+RDROfO+HUKaIdTDCgKTNkDGIwbqil/qvz8aJz743EXYTk72b+UoL8L/wZvlZWNxDcFTT9ujUtkAMHow3rPlpRiWuCmuo4DoRmPo+eyHtOyec5qb+6athbraucwt2gWq96TYJVdc8uIINVkMeveklKq6f5tKQ9dAeuq5+kqzkPc7pr0mX6dY3qLBvIj2kRSfKdiWlTXV4YUKZYjyqudQUEOKzRJMPisM7r/wongo9PEGw7fkZmF6Qy4QXnlbg1GSxt0ZXX4ILY9WjtAUFV6R7jpYCRcPkztrv76Gsp99U3vyS61CG7bn/m0pPtrvVhyiomRgH0JR8Wck8fl5jIacUXVMrOtAa+vdaUhyD1kPgZYchxqkAl7KQxLAJ67YGdGlYO+tJYmq3PK72xc8f3p+s0ae1b6XL/NKIunMikiZLD6sFNlosA/lyJ1TnThBPkHhpSoCCf113bTyKrQHK8/eHcFL/dGAntZ/dyhqVqInSikC0oqZxRVrLm1i48cS/7GDBbQ4VU60igY628WMamAe/rDd3mI6bLL1QEBliZghRjJPt7+ep6GBRQ3keSAyBZyt43s8jutgUFmMVg12Sn2pbSmM5gfElbGIL7kLmyit9vlQAM6BXtwN1IQtXW6M+UAcYUPiJwQ6MwP7yuxOEiCVGe7365rEo224GzUxVYsbi76+huyvmiqsC91zeabQr7MnqFZ8eOX/KjlcckxdPyv53g6U8Gjk9Ij/04OM2l8wm09bjP3meKxozvw8kYZfw5erPyNAeeMWU1tlkq77kXN0VcYajGzCj3pXaErbhITsmxW+vfFLgG7MVU8KH+a0+wwcmqVJ1+vtLgAm4GEVAZxy8FaOZoewjAv9NAzJ/rb2EqNlhg0GmC1PXaURdE8X81s0FByl38KJg97y5tC4PRKtAjyk2MnIUi8fNN+2RsTAkVBca+Q9tnPphLO4mRKlgF4iOKKuhOyufut0tBTFrcyPR53hz5ghvp+8SuEdBaSijVHAaodeo/q7e1b6pSxZZkG2nJNZp8lnbzN9uXpbKCPvQo81lmwYixhCvRo7++99LIrdVeaCHuo2/4uwNkVaLA+xZrGlFn42C6hfmgKjwxI2Vp86BgZOJ+IZ/GPibMgNosl6okaxmJiHya3Wi/0+Q8wqjVPfBfBuemXEeonkNSNpvknwl7SoCl9RO1MndsX31SIn6UTPc2TDXMKSGsOgyU8hWvf0YKVUP3tnt+IAXz4guWhnUHmJ+p0WfOSvaTWzEPvVOwlLquOKGmbFSLqN4YeKiWxu0fpJYA/AIQIxTtHY2OcXb8tifdxPuyhqRbQ27x9bKj8Nxl+TUZx4HirX+s++62J5L/oRBra/2hZowY1XkDgz6RPGaHwXnSuhxpMuk62/vWQ7//8HvT6D3lgVSt8LLxmKYb8U91Hm/OvYeuKlJXdOoF0mCSYzsHsfP3UMHMqXOTbNXQrJAr4/umQSEPNR2NFv1UiLzFUDY3E/dxcIJ+0J/C8rUTytbOxEkMVa6CdlqW040Ey7cRQjurTJgKXOhj+B0YpAnuU5rQt4hSzEspEyNf3e0WBC/RPy2KN7alx/Ec+9+gvYjLtFs1tjhmp6CEg5ioSg2RIRPFDgs06zu3q2HsdtNw09y+YsxqijZiES/oTp15ybtITy1e8KdQow/Aifz/oyMo+uTnNOsvi5f/ltgqthA70olk7KLzE/2FsYpCG84SVVUiVuE5HYhbnhqvICZulOYZwxpdkyrouK2P+sugq2yCxjyd1m7LKq7bkkom3FtWqXD/SAOWbvsXtj9F940ieHKYus4vwJWhmrhDwXauVHNodxVItDPiR224N40sKm/9ch4oAlrMIIU/6Cbth4Itcdm5B0FoZX47XJhgMU1L8POSGSbSLoMk4pzNBwo9jvlZSLvtdYlq5Xe8ASBKZYOKrmwwUEXbWk+oDaDyTuEDosuH5slO8RGX5SUPXnuacE3AMEQuiprWXrMxsirHU+iLDTuJ+M1EgJn1yVnlH42LTyCyBBs9ve0s1JYvHR8w7MN+kO2QlS+B68bqEt21kdpNgL074q3WG4BW0q2u1FE6/Gcyu1jMpiOsaZwgablM0pXCwdHwcKVeJ9gyVBu5Ad9Q1ubjC6e79o5DhZ4s9zbeQJg8jc65tsIysE5zI+7rnnM+2eiQey/CizGSOH8pds4OZydDH+3gPip81mynE20SQ9jWfb8mZ8U4FpG8IDWocCYhk9jDnRSVk4AOCtNyByJuadwQmBN5JZ+D7rSvRUt1VNYnEEM5adHDP30eaH0aXakdC/KQBgD9z/s6wAAOVcSAG+NPLoB0K8Dh1atZZSmDALhO671/abtl4GGG5WGzVqnLrWGhvBm+PdwbBYFj4qrGP8pv+qtTsoBryXTZ3v+5K6LrXH0pz0sBwMSLyTc7R3XW7CkHBu2mXDuKDI7Ia23W8vEEXcj1rd/CymN6Kd5YgAEAIx9AhYHEzDvVjqS9NZcr2rLhucQE5+Ns/zUYbmXSNe/juyyuR2BC/lmB0eJMBVNlUIyAcHaXzacyIluGgGEm4O0jPgKiLip1Kk+QE7vjesxaYH92WkWN01N+nfnE/69JA7uzh1gGKRQZ25hCR32A3xlIdLDTdpnKgimLEt3tyPN7GYM/Qj0WhfN/qcHJ6NPhLMJvGRR2PSUa2efhtQhUQXSixWvRijeKtYbV7RHQYYoPE0HXTVE0f797YuZufol/yjPNnSgFv5aqtg/Sg+urBiT+MQ2kIvwrMKKwTasvjhv6Z0/0xl1ocAEEE0kkfzsTRNbCnW7JTK6SLozElGqBqy0YdpIshCblxDKVmfNXuXEdugntRe6+2wtn/sP7bVx+fGSNkI7P5cfv2D18DYZP/tUVUv02K9fukCn6vqMXDRti3Bcs2LI+1890slb7Z/CFdtYuc6t8ScxOi5dJjsI0bPe4xJdZr4yJgU0KMKXyvITzOgVs0nC4f3wlQ8eWRIoSrXuQ+aUu+2LXBOWyznc2Oc0d/88EPcWt90OEosRxfYHRF3HWYrSxS/tTo306uNHTnHbJABFTDfBtwEoI+gUmQF+DsbWNBmnZOsSXE1IkSrjhgjMcCjWtA1E77ANKxLpCNmL4HHyb3kM2I5BEsJlqrnmWEJD2Wgnn+/fyMSdfk5QlNval39eWtnWeMCe0O0Tr3vewtNIIoFF4aMcYw39glYAcQv6UwAcQafci3oCn5mnpkBw2qcPsbK7pacX2IKnFJgxFODnWEO3bIU5YrxieNp1lkafrTQy5mNW0uCFq8LOrTUrW3ZUvC7+W1xKqke12PEflTlvX3PkfKyBdgYYoo9goXNeZtnRgGqG32XEHBcX6YufPioTXu9GKBDt9hvnSKA7F+02Ua5WtBIOlx3E+NVqt1++Ggkunt+p0Rz3heBYZ39DcXnm7tS/FQGVxnYA/QJdx9JUzyQUPa7Lx7FhLZ/9549h+sWXbsaKtLh6P84FD2Jkk37ICylpuKaEJb4uKplZNDcj/z3ekGv6bVCpWz9YO9RL1Q+RcbPnY3UpK+dTPPIskoORHYAn+NCkkbBVEIUTiZOd4soVwU2DKZKIYnts6wj/AwBTUR9gDJgp4miWEIloZT9Ucrlux77LQJlBI7bk823aXJyV4JRA2MTprHjFvBU00W/9cSzo7cWRR4ZYq/AjJfJTzskgkqZ5AvF35gofObcPO9BigBU9kj6zaBicsBPuzjaeQo2u+px0QaW2C8yyFBi7hmwjgr7m9gt09EVbG3+T4rNckjnJvQq6MPUCDwMu/2yeTWhpWiLVJb1JR3aBg2fEi+Apm+4eZRdnaO8/XhagWM+jh67oTOH3UH0AmpwxisFS49g+w/jBwFkm/Ntso4UJgpJqaQli1No/1px1hXowGnW2QG0cz5U/qM9vD/bcpyoNBdu40RnFHxqjalkjz0ruxHifFBttetux22me+/3dnEgFF4j5LOlQUt2VP58QfZTt9V3oZoVZx30ZoutbsU0xaOxFW5o+zAEJ/jzGIhgnbu4XczSp+34GRqGvlicEjg3ITZelEvNuim4eSMXgEjMnJXB/+yKetecQQJXNlyTy1x60u3iYMtlFh5JaXb0nFNZsaI6DFJH7WREBXV0eHDc/xpaFtIVv+c1S7qNq6Ge2yaJIUISaDvMnsWU5sRnN0OxBAUn3a9l/K8Ee4CUFOsuwwvZGTfHotwu+868FT/Yz1APTjFjYfPbEwo847x658RYT2PYrapQOpg8dRwIdP4uwvCXoVlU2CPTArzOGl8Xu4j87HsjbRBXykEAMwZnoGR9EQXIsRgMOAKNF/a1elblpW8c5QwksxxFtoZ3iDaJYGc0MJR26YIp8mAMLxK2siDrOAfP77ZQVQyaZJ9XErtj7/bsKUhwxRj6RSKVRKD4zJXIkFh7n+Fv8Y+Hksy2mIMcU2N+tjBIWWxvjUQ1PyPzK46Ai5XOvMRNVhusZq2czWfkNl7tpsI+K/CahMzlaOOVs1Kh2IVlhewh74UIR3Ia8CewDZMmWeB+bMDpYx0FEth0Fz2OOjCy42miSEKphvK0SdfoX3Gyjw5PQRRTXOKsfkoSF7J6KUFxRGGyJ6FZloIZ8rQbDj2iQTd9bAQbxb1SstW0t6l30uzU9+CtCI+iLeF4oyRNBuMcl1QSXwChzU2R9MRYpIS9TOGUYeVP5eKo4lkoStGPMcbtP6xE+RzMLEHlpxfMOq27glPSdNEl6WidPTjKjZbscgkqL/q7X1H0o6cT687EpiaMtvfH3EE0AgMpcy2+lDn917MZCsQjH8QpXWgsa9gFVEcJnsNNJ7l6zS5Q6rrsbON2IKrWMLHQCE9e9jwPudbpwirAzO2LHa5ta0Z26fBJi8TSjAGn9cj0v6nuWff/YTZAIqURlroUOWL7DJwvtpkNRo9twI0qpSgmUSKCG7pem6yElHc3TWebCDD5WndJbD8DtWuLgdYGwBaLz9z1mv5/SvlFxFeV9ipfXx3eLFgSTyAhDbp3cWWz/bbRE5TgQvwBkC2lklHvXo4N7J407iwclKrYjwD0aDutunhgyZIFYsvI+JXK+2iwR184Rr7E/ZckY9nJxdsIQ3l5dZm1KQ9YTqBYitMQ==" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<script src="/WebResource.axd?d=f6ZEq9S1SUTVmDt8o3zz0A2&amp;t=634605546709717464" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;
var g_wsaLCID = 1066;
var g_wsaSiteTemplateId = 'BLANKINTERNET#2';
var g_wsaListTemplateId = 301;
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{eab60d53-1e86-4ceb-bdbf-71a72e34a113}",pageItemId:817, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};//]]>
</script>
<script type="text/javascript">
//<![CDATA[
function WebForm_OnSubmit() {
UpdateFormDigest('\u002f', 1440000);
return true;
}
//]]>
</script>
<div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle" style="display:none">
	<div id="s4-ribboncont">
		<div class="ms-cui-topBar2"><a href="/_layouts/Authenticate.aspx?Source=%2F" class="ms-signInLink">Đăng nhập</a></div>
	</div>
</div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="wrapper">
<div id="header" class="header">
	<div class="banner">
		<a href="/" title="Ủy ban MTTQ Việt Nam tỉnh Hòa Phong"><img src="/Style%20Library/MTTQ/images/banner.jpg" alt="Ủy ban MTTQ Việt Nam tỉnh Hòa Phong" width="1000" height="150" border="0" /></a>
	</div>
	<div class="header-bar">
		<div class="today"><script type="text/javascript">
			var d = new Date(); var t = ["Chủ nhật","Thứ hai","Thứ ba","Thứ tư","Thứ năm","Thứ sáu","Thứ bảy"];
			document.write(t[d.getDay()] + ", ngày " + d.getDate() + "/" + (d.getMonth() + 1) + "/" + d.getFullYear());
		</script></div>
		<div class="search-box">
			<input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" class="txt-search" placeholder="Tìm kiếm..." />
			<a id="ctl00_btnSearch" class="btn-search" href="javascript:__doPostBack('ctl00$btnSearch','')"><img src="/Style%20Library/MTTQ/images/search.png" alt="" /></a>
		</div>
	</div>
</div>
<div id="zz1_TopNavigationMenuV4" class="s4-tn menu-top">
	<div class="menu horizontal menu-horizontal">
		<ul class="root static">
			<li class="static"><a class="static menu-item" href="/" accesskey="1"><span class="additional-background"><span class="menu-item-text">Trang chủ</span></span></a></li>
<li class="static"><a class="static menu-item" href="/gioi-thieu.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Giới thiệu</span></span></a></li>
<li class="static selected"><a class="static selected menu-item" href="/tin-hoat-dong/index.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Tin tức - Sự kiện</span></span></a><ul class="dynamic">
<li class="dynamic"><a class="dynamic menu-item" href="/tin-hoat-dong/index.html"><span class="additional-background"><span class="menu-item-text">Tin hoạt động</span></span></a></li></ul></li>
<li class="static"><a class="static menu-item" href="/lien-he.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Liên hệ</span></span></a></li>
		</ul>
	</div>
</div>
<div class="marquee-bar"><span class="marquee-label"></span><div class="marquee" id="ctl00_marquee">Mặt trận Tổ quốc Việt Nam tỉnh Hòa Phong - Đoàn kết, dân chủ, đổi mới, sáng tạo, phát triển</div></div>
<div id="main" class="main clearfix">

<div class="col-left">
	<!-- Begin Web Part: Liên kết web -->
	<div class="box-left" id="ctl00_PlaceHolderLeft_g_2c52c9fc_18c3_48e6_b95a_836e0264b8c5">
		<div class="box-title">Liên kết web</div>
		<div class="box-content">
			<select class="ddl-weblink" onchange="if(this.value!='0') window.open(this.value,'_blank');">
				<option value="0">-- Chọn liên kết --</option><option value="http://mattran.org.vn/">Ủy ban TW MTTQ Việt Nam</option>
				<option value="https://hoaphong.gov.vn/">Cổng TTĐT tỉnh Hòa Phong</option>
			</select>
		</div>
	</div>
	<div class="box-left banner-left">
		<a href="/gioi-thieu.html#ban-do" class="banner-link"><img src="/Style%20Library/MTTQ/images/bando.jpg" alt="" /><span>Bản đồ hành chính</span></a>
		<a href="https://congbao.hoaphong.gov.vn/" target="_blank" class="banner-link"><img src="/Style%20Library/MTTQ/images/congbao.jpg" alt="" /><span>Công báo Hòa Phong</span></a>
		<a href="/lien-he.html#gop-y" class="banner-link"><img src="/Style%20Library/MTTQ/images/gopy.jpg" alt="" /><span>Góp ý website</span></a>
		<a href="/lien-he.html" class="banner-link"><img src="/Style%20Library/MTTQ/images/lienhe.jpg" alt="" /><span>Liên hệ</span></a>
	</div>
	<!-- End Web Part -->
	<div class="box-left poll" id="ctl00_PlaceHolderLeft_g_f150e2bc_3a90_4d26_ac22_337ac7852b1c">
		<div class="box-title">Thăm dò</div>
		<div class="box-content">
			<div class="poll-question">Bạn thấy nội dung Trang thông tin điện tử như thế nào?</div>
			<table class="poll-options"><tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo0" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="0" /><label for="ctl00_PlaceHolderLeft_poll_rdo0">Rất hữu ích</label></td></tr>
<tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo1" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="1" /><label for="ctl00_PlaceHolderLeft_poll_rdo1">Hữu ích</label></td></tr>
<tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo2" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="2" /><label for="ctl00_PlaceHolderLeft_poll_rdo2">Bình thường</label></td></tr></table>
			<div class="poll-buttons"><a class="btn" href="javascript:__doPostBack('ctl00$PlaceHolderLeft$poll$btnVote','')">Bình chọn</a> <a class="btn" href="/_layouts/15/Poll/Results.aspx">Xem kết quả</a></div>
		</div>
	</div>
	<div class="box-left counter">
		<div class="box-title">Thống kê truy cập</div>
		<div class="box-content">
			<div>Đang truy cập: <span id="ctl00_PlaceHolderLeft_lblOnline">39</span></div>
			<div>Hôm nay: <span id="ctl00_PlaceHolderLeft_lblToday">238</span></div>
			<div>Tổng lượt truy cập: <span id="ctl00_PlaceHolderLeft_lblTotal">1.285.565</span></div>
		</div>
	</div>
</div>
<div class="col-content">
	<div class="ms-breadcrumb-box">
		<h1 id="pageTitle" class="ms-core-pageTitle">
			<span id="DeltaPlaceHolderPageTitleInTitleArea">
				<span class="bc-parent">null</span>
				<span class="bc-current">Trao 30 căn nhà Đại đoàn kết cho hộ nghèo huyện Phước An</span>
			</span>
		</h1>
	</div>
	<!-- Begin Web Part: Chi tiết tin -->
	<div class="ms-WPBody noindex" id="ctl00_m_g_fe812db0_1839_41ce_b27d_805d499c4110">
	<div class="post-detail">
		<div class="post-category"><a href="/tin-hoat-dong/index.html">Tin hoạt động</a></div>
		<div class="post-date"><span class="date" id="ctl00_m_g_fe812db0_1839_41ce_b27d_805d499c4110_lblDate">Thứ sáu, 18/12/2020, 15:10</span></div>
		<div class="font-tools">
			<span class="lbl">Màu chữ</span>
			<a class="color" style="background:#000" href="javascript:ChangeColor('#000000')" title="Đen"></a>
			<a class="color" style="background:#00f" href="javascript:ChangeColor('#0000ff')" title="Xanh"></a>
			<span class="lbl">Cỡ chữ</span>
			<a class="font-up" href="javascript:ChangeFont(1)" title="Tăng cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-up.png" alt="" /></a>
			<a class="font-down" href="javascript:ChangeFont(-1)" title="Giảm cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-down.png" alt="" /></a>
			<a class="print" href="javascript:window.print()" title="In bài viết"><img src="/Style%20Library/MTTQ/images/print.png" alt="" /></a>
		</div>
		<h2 class="post-title">Trao 30 căn nhà Đại đoàn kết cho hộ nghèo huyện Phước An</h2>
		<div class="post-content">
<div class="ExternalClass181A4BE2EC0741BB9B0AE3F3BE976AEA"><div style="text-align: justify;">Ủy ban MTTQ Việt Nam huyện Phước An vừa tổ chức bàn giao 30 căn nhà Đại đoàn kết cho hộ nghèo tại các xã Phước Hưng, Phước Lợi và An Thạnh.</div>
<p style="text-align: center;"><img src="/Lists/Posts/Attachments/1698/anh1.jpg" alt="" width="560" /></p>
<p style="text-align: center;"><em>Trao 30 căn nhà Đại đoàn kết cho hộ nghèo huyện Phước An. Ảnh: Kim Thoa</em></p>
<div style="text-align: justify;">Mỗi căn nhà được hỗ trợ 50 triệu đồng từ Quỹ “Vì người nghèo” của tỉnh, phần còn lại do gia đình và bà con lối xóm góp công, góp sức.</div>
<div style="text-align: justify;">Đại diện các hộ nhận nhà bày tỏ niềm vui và cảm ơn sự quan tâm của các cấp, các ngành, hứa sẽ nỗ lực lao động sản xuất để sớm thoát nghèo.</div></div>
		</div>
		
		<div class="post-view"><span class="lbl">Số lượt xem:</span> <span id="ctl00_m_g_fe812db0_1839_41ce_b27d_805d499c4110_lblView">238</span></div>
		<div class="post-author" id="ctl00_m_g_fe812db0_1839_41ce_b27d_805d499c4110_lblAuthor">Kim Thoa</div>
	</div>
	<div class="post-other">
		<div class="other-title">Các tin khác</div>
		<ul class="other-list"><li><a href="/tin-hoat-dong/tap-huan-cong-tac-giam-sat-phan-bien-xa-hoi-nam-2020-1690.aspx">Tập huấn công tác giám sát, phản biện xã hội năm 2020</a> <span class="date">(04/12/2020)</span></li>
<li><a href="/tin-hoat-dong/ky-niem-90-nam-ngay-truyen-thong-mat-tran-to-quoc-viet-nam-1684.aspx">Kỷ niệm 90 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam</a> <span class="date">(18/11/2020)</span></li>
<li><a href="/tin-hoat-dong/ngay-hoi-dai-doan-ket-toan-dan-toc-tai-khu-dan-cu-ap-tan-lap-1679.aspx">Ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư ấp Tân Lập</a> <span class="date">(05/11/2020)</span></li>
<li><a href="/tin-hoat-dong/phat-dong-thang-cao-diem-vi-nguoi-ngheo-nam-2020-1671.aspx">Phát động Tháng cao điểm “Vì người nghèo” năm 2020</a> <span class="date">(20/10/2020)</span></li>
<li><a href="/tin-hoat-dong/uy-ban-mttq-tinh-chuyen-2-ty-dong-ho-tro-dong-bao-mien-trung-bi-thiet-hai-do-lu-lut-1665.aspx">Ủy ban MTTQ tỉnh chuyển 2 tỷ đồng hỗ trợ đồng bào miền Trung bị thiệt hại do lũ lụt</a> <span class="date">(08/10/2020)</span></li></ul>
	</div>
	</div>
	<!-- End Web Part -->
</div>
</div>
<div id="footer" class="footer">
	<div class="footer-links"><a href="https://dichvucong.gov.vn/" target="_blank">Dịch vụ công Quốc gia</a> <a href="https://mail.hoaphong.gov.vn/" target="_blank">Thư điện tử công vụ</a> <a href="/_layouts/15/viewlsts.aspx" target="_blank">Quản trị</a></div>
	<div class="footer-info">
		<div class="footer-name"><strong>ỦY BAN MẶT TRẬN TỔ QUỐC TỈNH HÒA PHONG</strong></div>
		<div>Địa chỉ:&nbsp; Số 12 đường Lê Lợi, phường Tân An, thành phố Hòa Phong, tỉnh Hòa Phong</div>
		<div>Điện thoại:&nbsp; 0290.3822 416. Fax: 0290.3822 417&nbsp; Email: <a href="mailto:ubmttq@hoaphong.gov.vn">ubmttq@hoaphong.gov.vn</a></div>
		<div>Người chịu trách nhiệm chính: Ông Trần Văn Minh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh</div>
	</div>
</div>
</div>
</div></div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;
function ChangeColor(c) { jQuery('.post-content, .post-content p, .post-content span').css('color', c); }
function ChangeFont(n) { var s = parseInt(jQuery('.post-content').css('font-size')) + n; jQuery('.post-content, .post-content p, .post-content span').css('font-size', s + 'px'); }
jQuery(function(){ jQuery('#ctl00_marquee').marquee({duration: 15000}); });
var _spBodyOnLoadFunctionNames; if (_spBodyOnLoadFunctionNames == null) { _spBodyOnLoadFunctionNames = new Array(); }
_spBodyOnLoadFunctionNames.push("_spPageLoad");
WebForm_InitCallback();//]]>
</script>
<script type="text/javascript">
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-10001705-1']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
</script>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQLUB1wA6JPCZL32LoxS/BwrD70U17asf3RILzf1uTJCg9C3uaUlwBOZpDPsz3JdOkaL1OgYlNCewHSkvdnqmog8DWrbZBA/2/KBFpIcjvt4bOLEfQLPWy7FGHF" />
</form>
</body>
</html>
